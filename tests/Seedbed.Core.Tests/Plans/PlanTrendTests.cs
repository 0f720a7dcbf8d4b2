using Seedbed.Core.Plans;
using Seedbed.Core.Tests.Support;

namespace Seedbed.Core.Tests.Plans;

/// <summary>Trends by year, the list of plans, and the periods the dashboard offers.</summary>
public class PlanTrendTests
{
    [Theory, Providers]
    public async Task Trend_GivesEachPlanYear_ActualAgainstTargets_UpToToday(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var seed = await ProgressSeed.CreateAsync(t);
        var trend = (await t.Get<GetIndicatorTrend>().ExecuteAsync(seed.PlanId, "hnte", ProgressSeed.After))!;
        Assert.Equal([2018, 2019, 2020], trend.Years.Select(y => y.Year));
        var y2019 = trend.Years[1].Progress;
        Assert.Equal((40m, 4m), (y2019.Rows[0].Committed!.Value, y2019.Rows[0].Actual!.Value));
        Assert.Equal(175m, y2019.LevelProgress!.Rows[0].Committed);
        Assert.Equal(2m, y2019.Rows.Single(r => r.Jurisdiction == "上塘").Actual);

        var early = (await t.Get<GetIndicatorTrend>().ExecuteAsync(null, "hnte", new DateOnly(2019, 8, 15)))!;
        Assert.Equal([2018, 2019], early.Years.Select(y => y.Year));
        Assert.Equal(3m, early.Years[1].Progress.Rows[0].Actual);
        Assert.Null(await t.Get<GetIndicatorTrend>().ExecuteAsync(null, "nothing", ProgressSeed.After));
    }

    [Theory, Providers]
    public async Task ListPlans_ActiveFirst(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        Assert.Empty(await t.Get<ListPlans>().ExecuteAsync());
        var seed = await ProgressSeed.CreateAsync(t);
        var plans = await t.Get<ListPlans>().ExecuteAsync();
        Assert.Equal((seed.PlanId, true, 2018, 2020, 16), (plans[0].Id, plans[0].IsActive, plans[0].FirstYear, plans[0].LastYear, plans[0].Indicators));
    }

    [Fact]
    public void Periods_YearsAndQuarters_DefaultIsTheLatestClosedQuarterWithinThePlan()
    {
        var all = PlanPeriods.Of(2018, 2020);
        Assert.Equal(15, all.Count);
        Assert.Equal(["2018", "2018Q1", "2018Q2", "2018Q3", "2018Q4", "2019"], all.Take(6).Select(p => p.ToString()));
        Assert.Equal("2019Q2", PlanPeriods.Default(2018, 2020, new DateOnly(2019, 8, 15)).ToString());
        Assert.Equal("2019Q2", PlanPeriods.Default(2018, 2020, new DateOnly(2019, 7, 1)).ToString());
        Assert.Equal("2019Q1", PlanPeriods.Default(2018, 2020, new DateOnly(2019, 6, 30)).ToString());
        Assert.Equal("2020Q4", PlanPeriods.Default(2018, 2020, new DateOnly(2026, 11, 27)).ToString());
        Assert.Equal("2020", PlanPeriods.Default(2018, 2020, new DateOnly(2017, 5, 1)).ToString());
    }
}
