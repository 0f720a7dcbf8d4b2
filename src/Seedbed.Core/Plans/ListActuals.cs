using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>One hand-entered value, with whether it is the one that counts for its period (<see cref="ActualValues.Current"/>).</summary>
public sealed record ActualItem(
    int Id, string IndicatorCode, string IndicatorName, string Unit, int Year, int? Quarter, string? Jurisdiction, decimal Value,
    string Source, DateOnly AsOf, string EnteredBy, DateTime EnteredAt, bool Current);

/// <summary>Which hand-entered values count (docs/plan.md), shared by the lists and the progress computation.</summary>
public static class ActualValues
{
    /// <summary>
    /// For each indicator, year, quarter (or the whole year) and jurisdiction (or the district), the value with the latest
    /// date counts; on the same date the one entered last. Earlier values stay listed (a 快报 revised by a 年报).
    /// </summary>
    public static IEnumerable<IndicatorActual> Current(IEnumerable<IndicatorActual> all) =>
        all.GroupBy(a => (a.IndicatorId, a.Year, a.Quarter, a.Jurisdiction))
            .Select(g => ManualActuals.NewestFirst(g).First());

    public static ActualItem Item(PlanIndicator i, IndicatorActual a, bool current) =>
        new(a.Id, i.Code, i.Name, i.Unit, a.Year, a.Quarter, a.Jurisdiction, a.Value, a.Source, a.AsOf, a.EnteredBy, a.EnteredAt, current);

    /// <summary>“指标”2019年第三季度（全区）实际值 74.1%（来源：…，2020-01-20）, for the audit trail.</summary>
    public static string Describe(PlanIndicator i, IndicatorActual a) =>
        $"“{i.Name}”{new PlanPeriod(a.Year, a.Quarter).Label}（{a.Jurisdiction ?? TargetTableCheck.DistrictRow}）实际值 {PlanNumbers.Format(a.Value)}{i.Unit}"
        + $"（来源：{a.Source}，{a.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）";
}

/// <summary>The hand-entered values of a plan (optionally of one indicator): newest period first, each marked whether it counts.</summary>
[UseCase]
public sealed class ListActuals(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<IReadOnlyList<ActualItem>> ExecuteAsync(int planId, string? indicator = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var indicators = await db.PlanIndicators.AsNoTracking().Where(i => i.PlanId == planId && (indicator == null || i.Code == indicator))
            .ToDictionaryAsync(i => i.Id, ct);
        var ids = indicators.Keys.ToList();
        var all = await db.IndicatorActuals.AsNoTracking().Where(a => ids.Contains(a.IndicatorId)).ToListAsync(ct);
        var current = ActualValues.Current(all).Select(a => a.Id).ToHashSet();
        return all.OrderBy(a => indicators[a.IndicatorId].SortOrder).ThenByDescending(a => a.Year).ThenByDescending(a => a.Quarter ?? 5)
            .ThenBy(a => a.Jurisdiction is null ? 0 : 1).ThenBy(a => a.Jurisdiction, StringComparer.Ordinal)
            .ThenByDescending(a => a.AsOf).ThenByDescending(a => a.EnteredAt).ThenByDescending(a => a.Id)
            .Select(a => ActualValues.Item(indicators[a.IndicatorId], a, current.Contains(a.Id))).ToList();
    }
}
