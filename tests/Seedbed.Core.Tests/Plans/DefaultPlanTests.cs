using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Plans;
using Seedbed.Core.Tests.Support;

namespace Seedbed.Core.Tests.Plans;

/// <summary>The shipped 2018–2020 Gongshu plan: every numeric goal of the document, the task table, loaded once.</summary>
public class DefaultPlanTests
{
    [Theory, Providers]
    public async Task Load_StoresEveryIndicatorAndTheTaskTable_AndIsIdempotent(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var first = await t.Get<LoadDefaultPlan>().ExecuteAsync();
        Assert.False(first.AlreadyLoaded);
        var again = await t.Get<LoadDefaultPlan>().ExecuteAsync();
        Assert.True(again.AlreadyLoaded);
        Assert.Equal(first.PlanId, again.PlanId);

        await using var db = t.NewContext();
        var plan = await db.Plans.Include(p => p.Indicators).ThenInclude(i => i.Targets).SingleAsync();
        Assert.True(plan.IsActive);
        Assert.Equal(16, plan.Indicators.Count);
        Assert.All(plan.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.SourceClause)));
        Assert.All(plan.Indicators.Where(i => i.ActualSource == ActualSources.Computed), i => Assert.Contains(i.Metric, PlanMetrics.All));

        var hnte = plan.Indicators.Single(i => i.Code == "hnte");
        Assert.Equal(107m, hnte.Baseline);
        decimal? Target(string? j, int year, string kind, bool stretch = false) =>
            hnte.Targets.Single(x => x.Jurisdiction == j && x.Year == year && x.Kind == kind) is var x ? (stretch ? x.Stretch : x.Committed) : null;
        Assert.Equal(227m, Target(null, 2020, TargetKinds.Level));
        Assert.Equal(250m, Target(null, 2020, TargetKinds.Level, stretch: true));
        Assert.Equal(3m, Target("祥符", 2018, TargetKinds.Flow));
        Assert.Equal(27m, Target("祥符", 2020, TargetKinds.Level, stretch: true));
        Assert.Equal(124m, Target("园区", 2020, TargetKinds.Level));
        Assert.Equal(12 * 3 * 2, hnte.Targets.Count);

        decimal? Committed(string code, int year, string kind) =>
            plan.Indicators.Single(i => i.Code == code).Targets.SingleOrDefault(x => x.Year == year && x.Kind == kind && x.Jurisdiction == null)?.Committed;
        Assert.Equal(80m, Committed("hz-hnte-zj-sme", 2019, TargetKinds.Flow));
        Assert.Equal(600m, plan.Indicators.Single(i => i.Code == "hz-hnte-zj-sme").Targets.Single(x => x.Kind == TargetKinds.Level).Stretch);
        Assert.Equal(70m, Committed("zj-sme", 2018, TargetKinds.Flow));
        Assert.Equal(35m, Committed("sunrise", 2020, TargetKinds.Flow));
        Assert.Equal(78.2m, Committed("hightech-share", 2020, TargetKinds.Level));
        Assert.Equal(68.3m, plan.Indicators.Single(i => i.Code == "hightech-share").Baseline);
        Assert.Equal(70m, Committed("rd-institutions", 2020, TargetKinds.Level));
        Assert.Equal(415m, Committed("invention-patents", 2020, TargetKinds.Level));
        Assert.Equal(15m, Committed("incubators", 2020, TargetKinds.Level));
        Assert.Equal(2.5m, Committed("angel-fund", 2020, TargetKinds.Level));
        Assert.Equal(100m, Committed("incubated-firms", 2018, TargetKinds.Flow));

        var scheme = await db.AssessmentSchemes.Include(s => s.Items).SingleAsync();
        Assert.Equal(100m, scheme.Items.Sum(i => i.Weight));
        Assert.All(scheme.Items, i => Assert.Contains(plan.Indicators, x => x.Code == i.IndicatorCode));
        Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Target == $"plan:{plan.Id}"));
    }
}
