using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Plans;
using Seedbed.Core.Tests.Support;

namespace Seedbed.Core.Tests.Plans;

/// <summary>考核 schemes: the default one is listed, edits are validated item by item (nothing written on error) and audited.</summary>
public class SchemeTests
{
    [Theory, Providers]
    public async Task TheDefaultScheme_IsListed_WithNamesAndRules(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var plan = await t.Get<LoadDefaultPlan>().ExecuteAsync();
        var s = Assert.Single(await t.Get<ListSchemes>().ExecuteAsync(plan.PlanId));
        Assert.True(s.IsActive);
        Assert.Equal(100m, s.TotalWeight);
        Assert.Equal(("国家高新技术企业", "完成率计分（封顶）", 1.2m), (s.Items[0].IndicatorName, s.Items[0].RuleName, s.Items[0].Cap!.Value));
        Assert.Equal(["hnte", "hz-hnte-zj-sme", "sunrise"], s.Items.Select(i => i.IndicatorCode));
    }

    [Theory, Providers]
    public async Task Save_ReplacesTheItems_DeactivatesTheOthers_AndIsAudited(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var plan = await t.Get<LoadDefaultPlan>().ExecuteAsync();
        var save = t.Get<SaveScheme>();
        var old = (await t.Get<ListSchemes>().ExecuteAsync(plan.PlanId))[0];
        var created = await save.ExecuteAsync(plan.PlanId, null, new SchemeInput("年度考核", "year", true,
            [new("hnte", 70, ScoringRules.CompletionCapped, 1.5m), new("sunrise", 30, ScoringRules.Threshold, 9m)]));
        Assert.Null(created.Items[1].Cap);   // a cap only for completion-capped

        var edited = await save.ExecuteAsync(plan.PlanId, created.Id, new SchemeInput("年度考核（修订）", "year", true,
            [new("zj-sme", 100, ScoringRules.RelativeToBest, null)]));
        Assert.Equal(["zj-sme"], edited.Items.Select(i => i.IndicatorCode));

        var list = await t.Get<ListSchemes>().ExecuteAsync(plan.PlanId);
        Assert.Equal([created.Id, old.Id], list.Select(s => s.Id));
        Assert.Equal([true, false], list.Select(s => s.IsActive));
        await using var db = t.NewContext();
        Assert.Equal(1, await db.SchemeItems.CountAsync(i => i.SchemeId == created.Id));
        var audit = await db.AuditRecords.Where(a => a.Target == $"scheme:{created.Id}").OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(["create", "update"], audit.Select(a => a.Action));
        Assert.Contains("年度考核（修订）", audit[1].Detail, StringComparison.Ordinal);
        Assert.Contains("国家高新技术企业 70分 完成率计分（封顶）（封顶150%）", audit[1].Detail, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Save_NamesEveryBadItem_InChinese_AndWritesNothing(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var plan = await t.Get<LoadDefaultPlan>().ExecuteAsync();
        var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<SaveScheme>().ExecuteAsync(plan.PlanId, null,
            new SchemeInput(" ", "month", false,
            [
                new("nope", 10, ScoringRules.Threshold, null),
                new("hnte", 0, ScoringRules.CompletionCapped, 0.9m),
                new("hnte", 5, "magic", null),
                new("sunrise", 5, ScoringRules.CompletionCapped, null),
            ])));
        var messages = ex.Issues.Select(i => $"{i.Location}|{i.Message}").ToList();
        Assert.Contains(messages, m => m == "name|请填写方案名称");
        Assert.Contains(messages, m => m.StartsWith("periodKind|考核周期“month”无效", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("items[0].indicatorCode|第1项：指标“nope”不是计划", StringComparison.Ordinal));
        Assert.Contains(messages, m => m == "items[1].weight|第2项（国家高新技术企业）：分值必须大于0");
        Assert.Contains(messages, m => m.StartsWith("items[1].cap|第2项（国家高新技术企业）：完成率封顶值必须不小于1", StringComparison.Ordinal));
        Assert.Contains(messages, m => m == "items[2].indicatorCode|第3项（国家高新技术企业）：该指标在方案中重复");
        Assert.Contains(messages, m => m.StartsWith("items[2].rule|第3项（国家高新技术企业）：计分规则“magic”无效", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("items[3].cap|第4项（旭日计划2.0企业）", StringComparison.Ordinal));

        await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<SaveScheme>().ExecuteAsync(plan.PlanId, null, new SchemeInput("空", "year", false, [])));
        await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<SaveScheme>().ExecuteAsync(plan.PlanId, 999, new SchemeInput("x", "year", false, [new("hnte", 1, "threshold", null)])));
        await using var db = t.NewContext();
        Assert.Equal(1, await db.AssessmentSchemes.CountAsync());
        Assert.Equal(0, await db.AuditRecords.CountAsync(a => a.Target.StartsWith("scheme:")));
    }
}
