using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Core.Plans;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Pipeline;

/// <summary>One jurisdiction's forecast of new HNTE certifications in a year, next to the plan's targets (null = no target).</summary>
public sealed record ForecastRow(string Jurisdiction, int ApplicationPool, decimal Forecast, int? Committed, int? Stretch);

/// <param name="ObservedYears">earlier years with an application pool at their start (the rate's sample); empty = default rate</param>
public sealed record ForecastView(int Year, decimal ConversionRate, bool DefaultRate, IReadOnlyList<int> ObservedYears, int ObservedPool,
    int ObservedCertified, string RulesId, int RulesVersion, IReadOnlyList<ForecastRow> Rows);

/// <summary>
/// Forecast of a year's new HNTE certifications per jurisdiction = application pool at the start of the year × the
/// observed conversion rate of earlier years (Σ members of the application pool on 1 January of year Y certified
/// during Y ÷ Σ pool sizes, district-wide). Without such history the pool rules' default rate is used and said so.
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
        var rows = names.Select(n => Row(n, sizes.GetValueOrDefault(n), rate, y)).ToList();
        rows.Insert(0, Row(PoolFunnel.District, sizes.Values.Sum(), rate, y));
        return new ForecastView(y, rate, c.IsDefault, c.ObservedYears, c.ObservedPool, c.ObservedCertified, rules.Id, rules.Version, rows);
    }

    private static ForecastRow Row(string jurisdiction, int size, decimal rate, int year)
    {
        var t = GongshuTargetTable.Rows.FirstOrDefault(r => r.Jurisdiction == jurisdiction);
        var (committed, stretch) = (t, year) switch
        {
            (null, _) => ((int?)null, (int?)null),
            (_, 2018) => (t.New2018, t.Stretch2018),
            (_, 2019) => (t.New2019, t.Stretch2019),
            (_, 2020) => (t.New2020, t.Stretch2020),
            _ => (null, null),
        };
        return new ForecastRow(jurisdiction, size, Math.Round(size * rate, 1), committed, stretch);
    }
}
