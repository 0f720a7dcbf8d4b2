using Seedbed.Rules.Sunrise;

namespace Seedbed.Rules.Tests.Sunrise;

/// <summary>Validation of quarterly returns and the two alert kinds (declining, not reporting).</summary>
public class MonitoringRulesTests
{
    private static MonitoringRules Rules => MonitoringRules.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rules", "sunrise-monitoring.v1.json")));
    private static readonly DateOnly Today = new(2021, 5, 15);

    private static QuarterFigures Q(int y, int q, decimal revenue, decimal rd = 100_000m) => new(y, q, revenue, rd, 50, 10, 0m);

    [Fact]
    public void Validate_NamesTheFieldInChinese()
    {
        var issues = Rules.Validate(new QuarterFigures(2021, 2, -1m, null, 60_000, 3, 1.234m), Today);
        Assert.Contains(issues, i => i is ("quarter", "季度：2021年第2季度尚未结束，不能填报"));
        Assert.Contains(issues, i => i is ("revenue", "营业收入：不能为负数"));
        Assert.Contains(issues, i => i is ("rdExpense", "研发费用：必填"));
        Assert.Contains(issues, i => i is ("staff", "职工人数：超过合理上限50000"));
        Assert.Contains(issues, i => i is ("financing", "融资金额：最多保留两位小数（元）"));
        Assert.Empty(Rules.Validate(Q(2021, 1, 1_000_000m), Today));
        Assert.Contains(Rules.Validate(Q(2021, 5, 1m), Today), i => i.Field == "quarter");
    }

    [Fact]
    public void Declining_YearOverYear_RevenueOrRd()
    {
        var alerts = Rules.Alerts([Q(2020, 1, 1_000_000m, 200_000m), Q(2020, 4, 700_000m, 190_000m), Q(2021, 1, 700_000m, 190_000m)],
            new DateOnly(2019, 6, 1), new DateOnly(2021, 4, 20));
        var a = Assert.Single(alerts);
        Assert.Equal(MonitoringRules.Declining, a.Kind);
        Assert.Equal("营业收入同比下降30.0%（2021年第1季度对比2020年第1季度）", a.Message);
        // exactly the threshold (20 %) is not an alert
        Assert.Empty(Rules.Alerts([Q(2020, 1, 1_000_000m), Q(2021, 1, 800_000m)], new DateOnly(2021, 1, 1), new DateOnly(2021, 4, 20)));
        Assert.Contains(Rules.Alerts([Q(2020, 1, 1_000_000m, 200_000m), Q(2021, 1, 1_000_000m, 100_000m)], new DateOnly(2021, 1, 1), new DateOnly(2021, 4, 20)),
            x => x.Message.StartsWith("研发费用同比下降50", StringComparison.Ordinal));
    }

    [Fact]
    public void Declining_TwoConsecutiveQuarters()
    {
        var since = new DateOnly(2020, 1, 1);
        var asOf = new DateOnly(2021, 4, 20);
        var alerts = Rules.Alerts([Q(2020, 3, 900m), Q(2020, 4, 850m), Q(2021, 1, 800m)], since, asOf);
        Assert.Contains(alerts, a => a.Message == "营业收入连续2个季度下降（截至2021年第1季度）");
        Assert.Empty(Rules.Alerts([Q(2020, 3, 900m), Q(2020, 4, 950m), Q(2021, 1, 800m)], since, asOf));
        Assert.Empty(Rules.Alerts([Q(2020, 2, 900m), Q(2020, 4, 850m), Q(2021, 1, 800m)], since, asOf)); // a gap is not consecutive
    }

    [Fact]
    public void NotReporting_AfterTheGracePeriod()
    {
        var since = new DateOnly(2020, 6, 1);
        // 2021 Q1 ended 2021-03-31, due by 2021-04-30 (30 days)
        Assert.Empty(Rules.Alerts([Q(2020, 4, 100m)], since, new DateOnly(2021, 4, 30)));
        var a = Assert.Single(Rules.Alerts([Q(2020, 4, 100m)], since, new DateOnly(2021, 5, 10)));
        Assert.Equal(MonitoringRules.NotReporting, a.Kind);
        Assert.Equal("未报送2021年第1季度监测数据（应于2021-04-30前报送，已逾期10天）", a.Message);
        Assert.Empty(Rules.Alerts([Q(2021, 1, 100m)], since, new DateOnly(2021, 5, 10)));
        // a quarter that ended before the enterprise became a Sunrise enterprise is not due
        Assert.Empty(Rules.Alerts([], new DateOnly(2021, 4, 2), new DateOnly(2021, 5, 10)));
    }
}
