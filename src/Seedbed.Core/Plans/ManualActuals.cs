using System.Globalization;

namespace Seedbed.Core.Plans;

/// <summary>
/// Which hand-entered value (<see cref="IndicatorActual"/>) stands for a period (docs/plan.md): the entries of the
/// period's year for the district (jurisdiction null) or one jurisdiction; an entry's position in the year is its
/// quarter, or for a whole-year entry the quarter its date falls in (dated after the year: after Q4); a quarter shows
/// the entries up to its position, a year shows all; the latest wins — highest position, then latest date, then the
/// latest entered. Values are year-to-date for flows and the level on the date for levels.
/// </summary>
public static class ManualActuals
{
    public static IndicatorActual? Latest(IEnumerable<IndicatorActual> entries, PlanPeriod period, string? jurisdiction)
    {
        var candidates = entries.Where(a => a.Year == period.Year && a.Jurisdiction == jurisdiction && (period.Quarter is not { } q || Position(a) <= q)).ToList();
        if (candidates.Count == 0) return null;
        var top = candidates.Max(Position);
        return NewestFirst(candidates.Where(a => Position(a) == top)).First();
    }

    /// <summary>Entries for the same slot, the one that counts first: latest date, then entered last (also <see cref="ActualValues.Current"/>).</summary>
    public static IOrderedEnumerable<IndicatorActual> NewestFirst(IEnumerable<IndicatorActual> entries) =>
        entries.OrderByDescending(a => a.AsOf).ThenByDescending(a => a.EnteredAt).ThenByDescending(a => a.Id);

    /// <summary>Where an entry's value comes from: source and date.</summary>
    public static string Note(IndicatorActual a) =>
        $"{a.Source}，{a.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static int Position(IndicatorActual a) => a.Quarter ?? (a.AsOf.Year < a.Year ? 0 : a.AsOf.Year > a.Year ? 5 : (a.AsOf.Month + 2) / 3);
}
