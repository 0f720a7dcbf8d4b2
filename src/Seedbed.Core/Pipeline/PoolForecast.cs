using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Core.Plans;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Pipeline;

/// <summary>One jurisdiction's forecast of new HNTE certifications in a year, next to the plan's targets (null = no target).</summary>
public sealed record ForecastRow(string Jurisdiction, int ApplicationPool, decimal Forecast, int? Committed, int? Stretch);

/// <param name="ObservedYears">earlier years with an application pool at their start (the rate's sample); empty = default rate</param>
/// <param name="Plan">the active plan the targets come from; null = no plan is active (no targets)</param>
public sealed record ForecastView(int Year, decimal ConversionRate, bool DefaultRate, IReadOnlyList<int> ObservedYears, int ObservedPool,
    int ObservedCertified, string RulesId, int RulesVersion, IReadOnlyList<ForecastRow> Rows, string? Plan = null);

/// <summary>
/// Forecast of a year's new HNTE certifications per jurisdiction = application pool at the start of the year × the
/// observed conversion rate of earlier years (Σ members of the application pool on 1 January of year Y certified
/// during Y ÷ Σ pool sizes, district-wide). Without such history the pool rules' default rate is used and said so.
/// The targets beside it are the year's flow targets (new in the year) of the active plan's HNTE indicator
/// (<see cref="PlanMetrics.Hnte"/>) by jurisdiction; null without an active plan or without a target for the year.
/// </summary>
[UseCase]
public sealed class PoolForecast(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<ForecastView> ExecuteAsync(int? year, DateOnly today, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var h = await PoolHistory.LoadAsync(db, ct);
        var y = year ?? Math.Max(today.Year, h.Years.DefaultIfEmpty(today.Year).Max()) + 1;
        var first = new DateOnly(y, 1, 1);
        var rules = PoolRuleCatalog.InForceOrEarliest(first);
        var c = h.ConversionRate(y, rules.DefaultConversionRate);
        var rate = c.Rate;
        var sizes = h.Enterprises.Where(id => h.TierBefore(id, first) == PoolTier.Application)
            .GroupBy(id => h.JurisdictionOf.GetValueOrDefault(id, "")).ToDictionary(g => g.Key, g => g.Count());
        var names = await db.Jurisdictions.OrderBy(j => j.SortOrder).Select(j => j.Name).ToListAsync(ct);
        var (plan, targets) = await TargetsAsync(db, y, ct);
        var rows = names.Select(n => Row(n, sizes.GetValueOrDefault(n), rate, targets.GetValueOrDefault(n))).ToList();
        rows.Insert(0, Row(PoolFunnel.District, sizes.Values.Sum(), rate, targets.GetValueOrDefault(PoolFunnel.District)));
        return new ForecastView(y, rate, c.IsDefault, c.ObservedYears, c.ObservedPool, c.ObservedCertified, rules.Id, rules.Version, rows, plan);
    }

    /// <summary>The active plan's flow targets of its HNTE indicator for the year, by jurisdiction (全区 for the district).</summary>
    private static async Task<(string? Plan, Dictionary<string, PlanTarget> Targets)> TargetsAsync(SeedbedDb db, int year, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.IsActive).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(ct);
        if (plan is null) return (null, []);
        var targets = await db.PlanTargets.AsNoTracking()
            .Where(t => t.Year == year && t.Kind == TargetKinds.Flow
                && db.PlanIndicators.Any(i => i.Id == t.IndicatorId && i.PlanId == plan.Id && i.Metric == PlanMetrics.Hnte))
            .ToListAsync(ct);
        return (plan.Name, targets.GroupBy(t => t.Jurisdiction ?? PoolFunnel.District).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
    }

    private static ForecastRow Row(string jurisdiction, int size, decimal rate, PlanTarget? target) =>
        new(jurisdiction, size, Math.Round(size * rate, 1), Whole(target?.Committed), Whole(target?.Stretch));

    private static int? Whole(decimal? value) => value is { } v ? (int)Math.Round(v, MidpointRounding.AwayFromZero) : null;
}
