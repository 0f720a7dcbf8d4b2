namespace Seedbed.Core.Plans;

/// <summary>One indicator's progress rows for a period and a kind of target (used by the progress and the trends).</summary>
internal static class ProgressBuilder
{
    /// <summary>The indicator on its main kind, with <see cref="IndicatorProgress.LevelProgress"/> when the plan also sets
    /// it a level target for the period's year.</summary>
    public static IndicatorProgress Indicator(ProgressInputs inputs, PlanIndicator indicator, PlanPeriod period, DateOnly today,
        HnteProjection? projection)
    {
        var asOf = ProgressMath.AsOf(period, today);
        var share = ProgressMath.YearShare(period, today);
        var progress = Build(inputs, indicator, PlanLookup.MainKind(indicator), period, asOf, share, projection);
        return PlanLookup.HasLevelToo(indicator, period.Year)
            ? progress with { LevelProgress = Build(inputs, indicator, TargetKinds.Level, period, asOf, share, null) }
            : progress;
    }

    private static IndicatorProgress Build(ProgressInputs inputs, PlanIndicator indicator, string kind, PlanPeriod period,
        DateOnly asOf, decimal share, HnteProjection? projection)
    {
        var (plan, registry, entries) = (inputs.Plan, inputs.Registry, inputs.Entries);
        var computed = indicator.ActualSource == ActualSources.Computed && indicator.Metric is not null;
        var mine = entries.Where(e => e.IndicatorId == indicator.Id && e.Year == period.Year).ToList();
        var targets = indicator.Targets.Where(t => t.Kind == kind).ToList();
        var names = registry.Select(r => r.Name)
            .Concat(targets.Select(t => t.Jurisdiction).Concat(mine.Select(e => e.Jurisdiction)).OfType<string>().Distinct().Where(n => registry.All(r => r.Name != n)))
            .ToList();
        var withJurisdictions = computed || indicator.ByJurisdiction || targets.Any(t => t.Jurisdiction is not null) || mine.Any(e => e.Jurisdiction is not null);

        var actuals = new Dictionary<string, (decimal? Value, string? Note)>(StringComparer.Ordinal);
        if (computed)
        {
            var counts = inputs.Counts(indicator.Metric!, kind, period.Year, asOf);
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
    public static decimal? LevelBefore(Plan plan, PlanIndicator indicator, string? jurisdiction, int year)
    {
        PlanTarget? T(int y, string kind) => indicator.Targets.SingleOrDefault(t => t.Year == y && t.Kind == kind && t.Jurisdiction == jurisdiction);
        if (T(year - 1, TargetKinds.Level)?.Committed is { } previous) return previous;
        if (jurisdiction is null && year - 1 == plan.BaselineYear && indicator.Baseline is { } baseline) return baseline;
        return T(year, TargetKinds.Level)?.Committed is { } level && T(year, TargetKinds.Flow)?.Committed is { } flow ? level - flow : null;
    }
}
