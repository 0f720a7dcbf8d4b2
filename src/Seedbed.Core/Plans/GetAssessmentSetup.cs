using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>What the 考核 and 通报 page needs to start: the plan (years, office), its indicators and its schemes.</summary>
public sealed record AssessmentSetup(int PlanId, string PlanCode, string PlanName, int FirstYear, int LastYear, string IssuingOffice,
    IReadOnlyList<IndicatorChoice> Indicators, IReadOnlyList<SchemeView> Schemes)
{
    /// <summary>The periods of the plan, newest first: each year's four quarters, then the year.</summary>
    public IReadOnlyList<PlanPeriod> Periods =>
        [.. Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Reverse()
            .SelectMany(y => new[] { new PlanPeriod(y, null), new PlanPeriod(y, 4), new PlanPeriod(y, 3), new PlanPeriod(y, 2), new PlanPeriod(y, 1) })];

    /// <summary>The period shown first: the last quarter that has ended by <paramref name="today"/> within the plan (else its first or last quarter).</summary>
    public PlanPeriod DefaultPeriod(DateOnly today)
    {
        var ended = Periods.Where(p => p.Quarter is not null && p.End < today).ToList();
        return ended.Count > 0 ? ended[0] : new PlanPeriod(FirstYear, 1);
    }
}

/// <summary>An indicator a scheme item can score.</summary>
public sealed record IndicatorChoice(string Code, string Name, string Unit, bool ByJurisdiction);

/// <summary>The plan (by id, else the active one, else the first) with its indicators and schemes; null when no plan is loaded.</summary>
[UseCase]
public sealed class GetAssessmentSetup(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<AssessmentSetup?> ExecuteAsync(int? planId = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Plans.AnyAsync(ct)) return null;
        var plan = await ScoreJurisdictions.PlanOf(db, planId, ct);
        var schemes = await new ListSchemes(factory).ExecuteAsync(plan.Id, ct);
        return new AssessmentSetup(plan.Id, plan.Code, plan.Name, plan.FirstYear, plan.LastYear, plan.IssuingOffice,
            [.. plan.Indicators.OrderBy(i => i.SortOrder).Select(i => new IndicatorChoice(i.Code, i.Name, i.Unit, i.ByJurisdiction))], schemes);
    }
}
