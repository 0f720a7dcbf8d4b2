using System.Globalization;
using System.Text.Json;

namespace Seedbed.Rules.Sunrise;

/// <summary>A quarterly monitoring return (季度监测数据): single-quarter figures, money in yuan.</summary>
public sealed record QuarterFigures(int Year, int Quarter, decimal? Revenue, decimal? RdExpense, int? Staff, int? IpCount, decimal? Financing);

/// <summary>An alert on a Sunrise enterprise: <c>declining</c> or <c>not-reporting</c>, with a Chinese explanation.</summary>
public sealed record MonitoringAlert(string Kind, string Message);

/// <summary>
/// Monitoring rules as versioned data (rules/sunrise-monitoring.v&lt;n&gt;.json): plausible ranges, the declining thresholds
/// and the reporting grace period. Pure: the caller passes the date.
/// </summary>
public sealed record MonitoringRules(
    string Id, int Version, decimal YearOverYearDropPercent, int ConsecutiveDeclines, int ReportingGraceDays,
    decimal RevenueLimit, decimal RdExpenseLimit, int StaffLimit, int IpCountLimit, decimal FinancingLimit)
{
    public const string Declining = "declining";
    public const string NotReporting = "not-reporting";

    public static MonitoringRules Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        decimal V(JsonElement e, string n) => e.GetProperty(n).GetProperty("value").GetDecimal();
        var l = r.GetProperty("limits");
        return new MonitoringRules(r.GetProperty("id").GetString()!, r.GetProperty("version").GetInt32(), V(r, "yearOverYearDropPercent"),
            (int)V(r, "consecutiveDeclines"), (int)V(r, "reportingGraceDays"), V(l, "revenue"), V(l, "rdExpense"), (int)V(l, "staff"),
            (int)V(l, "ipCount"), V(l, "financing"));
    }

    public static DateOnly QuarterEnd(int year, int quarter) => new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);

    public static string QuarterName(int year, int quarter) => $"{I(year)}年第{I(quarter)}季度";

    /// <summary>Field problems of a return (field code, Chinese message naming the field); empty when valid.</summary>
    public IReadOnlyList<(string Field, string Message)> Validate(QuarterFigures f, DateOnly today)
    {
        var issues = new List<(string, string)>();
        if (f.Quarter is < 1 or > 4) issues.Add(("quarter", "季度：应为1至4"));
        else if (f.Year < 2000 || QuarterEnd(f.Year, f.Quarter) >= today)
            issues.Add(("quarter", f.Year < 2000 ? "年度：不能早于2000年" : $"季度：{QuarterName(f.Year, f.Quarter)}尚未结束，不能填报"));
        Money(issues, "revenue", "营业收入", f.Revenue, RevenueLimit);
        Money(issues, "rdExpense", "研发费用", f.RdExpense, RdExpenseLimit);
        Count(issues, "staff", "职工人数", f.Staff, StaffLimit);
        Count(issues, "ipCount", "知识产权数量", f.IpCount, IpCountLimit);
        Money(issues, "financing", "融资金额", f.Financing, FinancingLimit);
        return issues;
    }

    /// <summary>
    /// Alerts of one Sunrise enterprise on <paramref name="asOf"/>: declining (the latest return's revenue or R&amp;D spend
    /// below the same quarter a year earlier by more than the threshold, or revenue falling in the last N consecutive
    /// quarters) and not reporting (no return for the latest quarter whose grace period has passed, counting only
    /// quarters that ended after <paramref name="sunriseSince"/>).
    /// </summary>
    public IReadOnlyList<MonitoringAlert> Alerts(IReadOnlyList<QuarterFigures> returns, DateOnly sunriseSince, DateOnly asOf)
    {
        var alerts = new List<MonitoringAlert>();
        var byQuarter = returns.ToDictionary(r => Index(r.Year, r.Quarter));
        if (returns.Count > 0)
        {
            var latest = returns.MaxBy(r => Index(r.Year, r.Quarter))!;
            if (byQuarter.TryGetValue(Index(latest.Year - 1, latest.Quarter), out var ago))
            {
                Yoy(alerts, "营业收入", latest, ago, latest.Revenue, ago.Revenue);
                Yoy(alerts, "研发费用", latest, ago, latest.RdExpense, ago.RdExpense);
            }
            var chain = Enumerable.Range(0, ConsecutiveDeclines + 1).Select(i => byQuarter.GetValueOrDefault(Index(latest.Year, latest.Quarter) - i)).ToList();
            if (chain.All(c => c?.Revenue is not null) && Enumerable.Range(0, ConsecutiveDeclines).All(i => chain[i]!.Revenue < chain[i + 1]!.Revenue))
                alerts.Add(new(Declining, $"营业收入连续{I(ConsecutiveDeclines)}个季度下降（截至{QuarterName(latest.Year, latest.Quarter)}）"));
        }
        var due = LatestDue(asOf);
        if (due is { } d && QuarterEnd(d.Year, d.Quarter) > sunriseSince && !byQuarter.ContainsKey(Index(d.Year, d.Quarter)))
        {
            var deadline = QuarterEnd(d.Year, d.Quarter).AddDays(ReportingGraceDays);
            alerts.Add(new(NotReporting, $"未报送{QuarterName(d.Year, d.Quarter)}监测数据（应于{deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}前报送，已逾期{I(asOf.DayNumber - deadline.DayNumber)}天）"));
        }
        return alerts;
    }

    /// <summary>The latest quarter whose reporting deadline (quarter end + grace days) is before <paramref name="asOf"/>.</summary>
    public (int Year, int Quarter)? LatestDue(DateOnly asOf)
    {
        var idx = Index(asOf.Year, (asOf.Month + 2) / 3);
        for (var i = idx; i > idx - 8; i--)
        {
            var (y, q) = (i / 4, i % 4 + 1);
            if (QuarterEnd(y, q).AddDays(ReportingGraceDays) < asOf) return (y, q);
        }
        return null;
    }

    private static int Index(int year, int quarter) => year * 4 + quarter - 1;

    private void Yoy(List<MonitoringAlert> alerts, string name, QuarterFigures now, QuarterFigures ago, decimal? v, decimal? before)
    {
        if (v is not { } x || before is not { } b || b <= 0) return;
        var drop = (b - x) / b * 100m;
        if (drop > YearOverYearDropPercent)
            alerts.Add(new(Declining, $"{name}同比下降{decimal.Round(drop, 1, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}%（{QuarterName(now.Year, now.Quarter)}对比{QuarterName(ago.Year, ago.Quarter)}）"));
    }

    private static void Money(List<(string, string)> issues, string field, string name, decimal? v, decimal limit)
    {
        if (v is not { } x) issues.Add((field, $"{name}：必填"));
        else if (x < 0) issues.Add((field, $"{name}：不能为负数"));
        else if (x > limit) issues.Add((field, $"{name}：超过合理上限{limit.ToString("0", CultureInfo.InvariantCulture)}元，请核对单位（元）"));
        else if (decimal.Round(x, 2) != x) issues.Add((field, $"{name}：最多保留两位小数（元）"));
    }

    private static void Count(List<(string, string)> issues, string field, string name, int? v, int limit)
    {
        if (v is not { } x) issues.Add((field, $"{name}：必填"));
        else if (x < 0) issues.Add((field, $"{name}：不能为负数"));
        else if (x > limit) issues.Add((field, $"{name}：超过合理上限{I(limit)}"));
    }

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
}
