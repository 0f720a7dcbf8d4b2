using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>A 考核 scheme as shown and edited.</summary>
public sealed record SchemeView(int Id, int PlanId, string Name, string PeriodKind, bool IsActive, IReadOnlyList<SchemeItemView> Items)
{
    public decimal TotalWeight => Items.Sum(i => i.Weight);
}

/// <summary>One item of a scheme, with the indicator's name and unit and the rule's Chinese name.</summary>
public sealed record SchemeItemView(string IndicatorCode, string IndicatorName, string Unit, decimal Weight, string Rule, string RuleName, decimal? Cap);

/// <summary>The 考核 schemes of a plan, the active one first.</summary>
[UseCase]
public sealed class ListSchemes(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<IReadOnlyList<SchemeView>> ExecuteAsync(int planId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await db.Plans.AsNoTracking().Include(p => p.Indicators).SingleOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new SeedbedValidationException("planId", $"计划 {planId} 不存在");
        var schemes = await db.AssessmentSchemes.AsNoTracking().Include(s => s.Items).Where(s => s.PlanId == planId).ToListAsync(ct);
        return [.. schemes.OrderByDescending(s => s.IsActive).ThenBy(s => s.Id).Select(s => View(s, plan))];
    }

    /// <summary>The scheme to score with: the given one (of this plan), else the plan's active one, else its first; a Chinese error when none.</summary>
    public static async Task<AssessmentScheme> ResolveAsync(SeedbedDb db, Plan plan, int? schemeId, CancellationToken ct)
    {
        var query = db.AssessmentSchemes.AsNoTracking().Include(s => s.Items).Where(s => s.PlanId == plan.Id);
        if (schemeId is { } id)
            return await query.SingleOrDefaultAsync(s => s.Id == id, ct)
                ?? throw new SeedbedValidationException("scheme", $"计划“{plan.Name}”没有编号为 {id} 的考核方案");
        return await query.OrderByDescending(s => s.IsActive).ThenBy(s => s.Id).FirstOrDefaultAsync(ct)
            ?? throw new SeedbedValidationException("scheme", $"计划“{plan.Name}”还没有考核方案，请先在 通报 → 考核方案 中设置");
    }

    public static SchemeView View(AssessmentScheme s, Plan plan) =>
        new(s.Id, s.PlanId, s.Name, s.PeriodKind, s.IsActive, [.. s.Items.OrderBy(i => i.SortOrder).Select(i =>
        {
            var indicator = plan.Indicators.FirstOrDefault(x => x.Code == i.IndicatorCode);
            return new SchemeItemView(i.IndicatorCode, indicator?.Name ?? i.IndicatorCode, indicator?.Unit ?? "", i.Weight, i.Rule, RuleName(i.Rule), i.Cap);
        })]);

    public static string RuleName(string rule) => ScoringRules.All.FirstOrDefault(r => r.Code == rule).Name ?? rule;
}
