using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>
/// The progress of a plan for a period (docs/plan.md, "Progress and dashboard"): for every indicator the district and
/// each jurisdiction — targets of the period's year, actual (computed district-wide from the registry as
/// <see cref="PlanMetrics"/> documents, or the latest hand-entered value), completion against committed and stretch
/// targets, time-adjusted completion, light, rank and, for new HNTE, the projection to the year's end.
/// </summary>
[UseCase]
public sealed class GetPlanProgress(IDbContextFactory<SeedbedDb> factory)
{
    /// <param name="planId">null = the active plan</param>
    /// <param name="today">the date the figures are read on: an open period is counted to it and time-adjusted by it</param>
    /// <returns>null when there is no such plan (or no active plan)</returns>
    public async Task<PlanProgress?> ExecuteAsync(int? planId, PlanPeriod period, DateOnly today, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await PlanLookup.LoadAsync(db, planId, ct);
        if (plan is null) return null;
        var inputs = await ProgressInputs.LoadAsync(db, plan, period.Year, ct);
        var asOf = ProgressMath.AsOf(period, today);
        var projected = plan.Indicators.Where(Projected).Select(i => i.Code).ToHashSet();
        var projection = projected.Count > 0 ? Task.Run(() => HnteProjection.LoadAsync(factory, period.Year, asOf, ct), ct) : null;
        await inputs.CountAsync(factory, [(period, asOf)], null, ct);
        var pool = projection is null ? null : (await projection).ByJurisdiction(inputs);

        var result = new List<IndicatorProgress>();
        foreach (var indicator in plan.Indicators.OrderBy(i => i.SortOrder))
            result.Add(ProgressBuilder.Indicator(inputs, indicator, period, today, projected.Contains(indicator.Code) ? pool : null));
        return new PlanProgress(plan.Id, plan.Name, period, asOf, result) { Notice = Notice(plan, period) };
    }

    /// <summary>New HNTE (computed, compared on the flow) gets the year-end projection from the application pool.</summary>
    private static bool Projected(PlanIndicator i) =>
        i.Metric == PlanMetrics.Hnte && i.ActualSource == ActualSources.Computed && PlanLookup.MainKind(i) == TargetKinds.Flow;

    private static string? Notice(Plan plan, PlanPeriod period)
    {
        string Y(int y) => y.ToString(CultureInfo.InvariantCulture);
        var span = $"{Y(plan.FirstYear)}–{Y(plan.LastYear)}年";
        if (period.Year > plan.LastYear) return $"{period.Label}在计划期（{span}）之后：计划没有这一年的目标，只显示实际数。";
        if (period.Year < plan.FirstYear) return $"{period.Label}在计划期（{span}）之前：计划没有这一年的目标，只显示实际数。";
        return null;
    }
}
