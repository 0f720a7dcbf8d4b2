namespace Seedbed.Core.Plans;

/// <summary>
/// The arithmetic of progress, pure (docs/plan.md, "Progress and dashboard"): how much of the year has passed, the
/// time-adjusted expected value, completion rates and the ranking of the jurisdictions.
/// </summary>
public static class ProgressMath
{
    /// <summary>The date the actuals are counted to: the period's end, or <paramref name="today"/> when that is earlier.</summary>
    public static DateOnly AsOf(PlanPeriod period, DateOnly today) => today < period.End ? today : period.End;

    /// <summary>
    /// The share of the period's year that has passed: <see cref="PlanPeriod.YearFraction"/> for a closed period (Q1 = ¼ …);
    /// for a period not yet over, the share of the year's days up to and including <paramref name="today"/>
    /// (0 before the year starts).
    /// </summary>
    public static decimal YearShare(PlanPeriod period, DateOnly today)
    {
        if (today >= period.End) return period.YearFraction;
        var start = new DateOnly(period.Year, 1, 1);
        if (today < start) return 0m;
        var days = DateTime.IsLeapYear(period.Year) ? 366m : 365m;
        return Math.Min(period.YearFraction, (today.DayNumber - start.DayNumber + 1) / days);
    }

    /// <summary>
    /// What should be done by the period's end: flow = committed × share; level = the level before the year
    /// (previous year's target, or the baseline) + (committed − that) × share, or the committed level itself when the
    /// level before the year is not known. null without a committed target. Rounded to 2 decimals.
    /// </summary>
    public static decimal? Expected(string kind, decimal? committed, decimal? levelBefore, decimal share)
    {
        if (committed is not { } c) return null;
        var e = kind == TargetKinds.Level
            ? levelBefore is { } b ? b + (c - b) * share : c
            : c * share;
        return Math.Round(e, 2);
    }

    /// <summary>actual ÷ target, rounded to 4 decimals (0.0001 = 0.01 %); null when either is missing or the target is not positive.</summary>
    public static decimal? Ratio(decimal? actual, decimal? target) =>
        actual is { } a && target is { } t && t > 0 ? Math.Round(a / t, 4) : null;

    /// <summary>
    /// Competition ranking on time-adjusted completion, highest first: equal values share a rank and the next rank
    /// skips (1, 1, 3). Values are compared as rounded by <see cref="Ratio"/>; null values get no rank.
    /// </summary>
    public static IReadOnlyList<int?> Ranks(IReadOnlyList<decimal?> values) =>
        values.Select(v => v is { } x ? 1 + values.Count(o => o is { } y && y > x) : (int?)null).ToList();
}
