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
        var inputs = await ProgressInputs.LoadAsync(db, plan, null, ct);
        var periods = Enumerable.Range(plan.FirstYear, Math.Max(0, Math.Min(plan.LastYear, today.Year) - plan.FirstYear + 1))
            .Select(y => new PlanPeriod(y, null)).ToList();
        await inputs.CountAsync(factory, periods.Select(p => (p, ProgressMath.AsOf(p, today))), indicator, ct);
        var years = new List<TrendYear>();
        foreach (var p in periods)
            years.Add(new TrendYear(p.Year, ProgressBuilder.Indicator(inputs, indicator, p, today, null)));
        return new IndicatorTrend(plan.Id, indicator.Code, indicator.Name, indicator.Unit, years);
    }
}
