using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>One year of an indicator's trend: its progress for the whole year (counted to today while the year runs).</summary>
public sealed record TrendYear(int Year, IndicatorProgress Progress);

public sealed record IndicatorTrend(int PlanId, string Code, string Name, string Unit, IReadOnlyList<TrendYear> Years);

/// <summary>
/// An indicator year by year over the plan (trends by year on the dashboard): actual against committed and stretch
/// targets for the district and every jurisdiction, as <see cref="GetPlanProgress"/> computes them for each year.
/// Years not begun on <c>today</c> are left out.
/// </summary>
[UseCase]
public sealed class GetIndicatorTrend(IDbContextFactory<SeedbedDb> factory)
{
    /// <returns>null when the plan or the indicator does not exist</returns>
    public async Task<IndicatorTrend?> ExecuteAsync(int? planId, string indicatorCode, DateOnly today, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await PlanLookup.LoadAsync(db, planId, ct);
        var indicator = plan?.Indicators.SingleOrDefault(i => i.Code == indicatorCode);
        if (plan is null || indicator is null) return null;
        var registry = await PlanLookup.JurisdictionsAsync(db, ct);
        var entries = await db.IndicatorActuals.AsNoTracking().Where(a => a.IndicatorId == indicator.Id).ToListAsync(ct);
        var years = new List<TrendYear>();
        for (var y = plan.FirstYear; y <= plan.LastYear && y <= today.Year; y++)
        {
            var progress = await ProgressBuilder.IndicatorAsync(db, plan, indicator, new PlanPeriod(y, null), today, registry, entries, null, ct);
            years.Add(new TrendYear(y, progress));
        }
        return new IndicatorTrend(plan.Id, indicator.Code, indicator.Name, indicator.Unit, years);
    }
}
