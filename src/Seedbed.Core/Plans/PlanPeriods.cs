namespace Seedbed.Core.Plans;

/// <summary>The reporting periods of a plan: its years and their quarters, and the one shown first.</summary>
public static class PlanPeriods
{
    /// <summary>Each year of the plan followed by its four quarters (2018, 2018Q1 … 2018Q4, 2019, …).</summary>
    public static IReadOnlyList<PlanPeriod> Of(int firstYear, int lastYear) =>
        Enumerable.Range(firstYear, Math.Max(0, lastYear - firstYear + 1))
            .SelectMany(y => new[] { new PlanPeriod(y, null) }.Concat(Enumerable.Range(1, 4).Select(q => new PlanPeriod(y, q))))
            .ToList();

    /// <summary>The latest quarter of the plan that is over on <paramref name="today"/> (ended before it); else the plan's last year.</summary>
    public static PlanPeriod Default(int firstYear, int lastYear, DateOnly today) =>
        Of(firstYear, lastYear).Where(p => p.Quarter is not null && p.End < today).Select(p => (PlanPeriod?)p).LastOrDefault()
        ?? new PlanPeriod(lastYear, null);
}
