using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>The 考核 result of a period: the scheme used, the progress it was computed from, the jurisdictions' scores (rank order).</summary>
public sealed record ScoreResult(SchemeView Scheme, PlanProgress Progress, IReadOnlyList<JurisdictionScore> Scores);

/// <summary>Scores the jurisdictions of a plan for a period under a scheme (the given one, else the plan's active one): the current
/// progress (<see cref="GetPlanProgress"/>) through <see cref="SchemeScoring"/>. Figures are district-wide for every reader.</summary>
[UseCase]
public sealed class ScoreJurisdictions(IDbContextFactory<SeedbedDb> factory, GetPlanProgress progress)
{
    /// <param name="planId">null = the active plan</param>
    /// <param name="today">the date the figures are read on (an open period is counted to it)</param>
    public async Task<ScoreResult> ExecuteAsync(int? planId, PlanPeriod period, int? schemeId, DateOnly today, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await PlanOf(db, planId, ct);
        var scheme = await ListSchemes.ResolveAsync(db, plan, schemeId, ct);
        var p = await progress.ExecuteAsync(plan.Id, period, today, ct) ?? throw NoPlan();
        return new ScoreResult(ListSchemes.View(scheme, plan), p, SchemeScoring.Score(p, scheme));
    }

    /// <summary>The plan by id, else the active plan, else the only plan; a Chinese error when there is none.</summary>
    public static async Task<Plan> PlanOf(SeedbedDb db, int? planId, CancellationToken ct)
    {
        var plans = db.Plans.AsNoTracking().Include(p => p.Indicators);
        if (planId is { } id)
            return await plans.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw new SeedbedValidationException("plan", $"计划 {id} 不存在");
        return await plans.SingleOrDefaultAsync(p => p.IsActive, ct)
            ?? await plans.OrderBy(p => p.Id).FirstOrDefaultAsync(ct) ?? throw NoPlan();
    }

    /// <summary>The plan with this code; a Chinese error naming the code otherwise.</summary>
    public static async Task<int> PlanIdOf(SeedbedDb db, string code, CancellationToken ct) =>
        await db.Plans.Where(p => p.Code == code).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct)
            ?? throw new SeedbedValidationException("plan", $"没有代码为“{code}”的计划");

    public static SeedbedValidationException NoPlan() =>
        new("plan", "尚未载入计划：请先在 目标考核 → 计划与指标 中载入默认计划（拱墅区2018–2020年三年行动方案）");

    /// <summary>Today in the district's time zone (China Standard Time).</summary>
    public static DateOnly ChinaToday(DateTime utcNow) => DateOnly.FromDateTime(AuditVocabulary.ToChina(utcNow));
}
