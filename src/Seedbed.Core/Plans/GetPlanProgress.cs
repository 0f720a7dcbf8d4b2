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
        var registry = await PlanLookup.JurisdictionsAsync(db, ct);
        var asOf = ProgressMath.AsOf(period, today);
        var share = ProgressMath.YearShare(period, today);
        var ids = plan.Indicators.Select(i => i.Id).ToList();
        var entries = await db.IndicatorActuals.AsNoTracking().Where(a => ids.Contains(a.IndicatorId) && a.Year == period.Year).ToListAsync(ct);
        HnteProjection? projection = null;

        var result = new List<IndicatorProgress>();
        foreach (var indicator in plan.Indicators.OrderBy(i => i.SortOrder))
        {
            var main = PlanLookup.MainKind(indicator);
            var projects = main == TargetKinds.Flow && indicator.Metric == PlanMetrics.Hnte && indicator.ActualSource == ActualSources.Computed;
            if (projects) projection ??= await HnteProjection.LoadAsync(db, period.Year, asOf, ct);
            var progress = await BuildAsync(db, plan, indicator, main, period, asOf, share, registry, entries, projects ? projection : null, ct);
            if (PlanLookup.HasLevelToo(indicator))
                progress = progress with { LevelProgress = await BuildAsync(db, plan, indicator, TargetKinds.Level, period, asOf, share, registry, entries, null, ct) };
            result.Add(progress);
        }
        return new PlanProgress(plan.Id, plan.Name, period, asOf, result) { Notice = Notice(plan, period) };
    }

    private static async Task<IndicatorProgress> BuildAsync(SeedbedDb db, Plan plan, PlanIndicator indicator, string kind, PlanPeriod period,
        DateOnly asOf, decimal share, List<(int Id, string Name)> registry, List<IndicatorActual> entries, HnteProjection? projection, CancellationToken ct)
    {
        var computed = indicator.ActualSource == ActualSources.Computed && indicator.Metric is not null;
        var mine = entries.Where(e => e.IndicatorId == indicator.Id).ToList();
        var targets = indicator.Targets.Where(t => t.Kind == kind).ToList();
        var names = registry.Select(r => r.Name)
            .Concat(targets.Select(t => t.Jurisdiction).Concat(mine.Select(e => e.Jurisdiction)).OfType<string>().Distinct().Where(n => registry.All(r => r.Name != n)))
            .ToList();
        var withJurisdictions = computed || indicator.ByJurisdiction || targets.Any(t => t.Jurisdiction is not null) || mine.Any(e => e.Jurisdiction is not null);

        var actuals = new Dictionary<string, (decimal? Value, string? Note)>(StringComparer.Ordinal);
        if (computed)
        {
            var counts = await MetricItems.CountAsync(db, indicator.Metric!, kind, period.Year, asOf, ct);
            actuals[""] = (counts.Values.Sum(), null);
            foreach (var (id, name) in registry) actuals[name] = (counts.GetValueOrDefault(id), null);
        }
        else
        {
            foreach (var j in names.Prepend(null))
                if (ManualActuals.Latest(mine, period, j) is { } a) actuals[j ?? ""] = (a.Value, ManualActuals.Note(a));
        }

        var rows = new List<ProgressRow>();
        foreach (var j in withJurisdictions ? names.Prepend(null) : [null])
        {
            var t = targets.SingleOrDefault(x => x.Year == period.Year && x.Jurisdiction == j);
            var before = kind == TargetKinds.Level ? LevelBefore(plan, indicator, j, period.Year) : null;
            var expected = ProgressMath.Expected(kind, t?.Committed, before, share);
            var (actual, note) = actuals.GetValueOrDefault(j ?? "");
            var adjusted = ProgressMath.Ratio(actual, expected);
            rows.Add(new ProgressRow(j, t?.Committed, t?.Stretch, expected, actual, ProgressMath.Ratio(actual, t?.Committed),
                ProgressMath.Ratio(actual, t?.Stretch), adjusted, Lights.Of(adjusted), null, projection?.Project(j, actual), note));
        }
        var ranks = ProgressMath.Ranks(rows.Skip(1).Select(r => r.TimeAdjustedCompletion).ToList());
        for (var i = 1; i < rows.Count; i++) rows[i] = rows[i] with { Rank = ranks[i - 1] };

        return new IndicatorProgress(indicator.Code, indicator.Name, indicator.Unit, indicator.ActualSource, kind, indicator.ByJurisdiction,
            indicator.SourceClause, rows) { Metric = indicator.Metric, Baseline = indicator.Baseline, ProjectionNote = projection?.Note };
    }

    /// <summary>
    /// The level before the year, the starting point of a level's time adjustment: the previous year's committed level;
    /// for the district in the year after the baseline year, the baseline; else the level implied by the year's own
    /// targets (level − flow); null when none is known (the committed level is then expected all year).
    /// </summary>
    internal static decimal? LevelBefore(Plan plan, PlanIndicator indicator, string? jurisdiction, int year)
    {
        PlanTarget? T(int y, string kind) => indicator.Targets.SingleOrDefault(t => t.Year == y && t.Kind == kind && t.Jurisdiction == jurisdiction);
        if (T(year - 1, TargetKinds.Level)?.Committed is { } previous) return previous;
        if (jurisdiction is null && year - 1 == plan.BaselineYear && indicator.Baseline is { } baseline) return baseline;
        return T(year, TargetKinds.Level)?.Committed is { } level && T(year, TargetKinds.Flow)?.Committed is { } flow ? level - flow : null;
    }

    private static string? Notice(Plan plan, PlanPeriod period)
    {
        string Y(int y) => y.ToString(CultureInfo.InvariantCulture);
        var span = $"{Y(plan.FirstYear)}–{Y(plan.LastYear)}年";
        if (period.Year > plan.LastYear) return $"{period.Label}在计划期（{span}）之后：计划没有这一年的目标，只显示实际数。";
        if (period.Year < plan.FirstYear) return $"{period.Label}在计划期（{span}）之前：计划没有这一年的目标，只显示实际数。";
        return null;
    }
}
