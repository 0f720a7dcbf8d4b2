using Seedbed.Rules.Assessment;
using static Seedbed.Rules.Assessment.ConditionStatus;

namespace Seedbed.Rules.Tests.Assessment;

public class LocalRulesTests
{
    private static readonly RuleSet Zj = Given.RuleSet("zj-tech-sme-2016.v1.json");
    private static readonly RuleSet Hz = Given.RuleSet("hz-hnte-2016.v1.json");

    private static EnterpriseAssessment Eval(RuleSet rs, EnterpriseFacts f) => RuleEngine.Evaluate(f, Given.Date, rs);
    private static ConditionStatus Status(EnterpriseAssessment a, string id) => a.Conditions.Single(c => c.Id == id).Status;

    [Fact]
    public void ZjTechSme_GoodEnterprise_Passes_WithSizeCheckFlagged()
    {
        var a = Eval(Zj, Given.GoodHnte());
        Assert.Equal(Verdict.Pass, a.Verdict);
        Assert.Null(a.Score);
        Assert.Contains(a.ManualReview, m => m.Contains("中小企业划型", StringComparison.Ordinal));
    }

    [Fact]
    public void ZjTechSme_PendingPatentOrTrademarkCounts_LicenceDoesNot()
    {
        var pending = Given.GoodHnte() with { Ip = [new IpFacts("invention-patent", "pending", null, "own")] };
        Assert.Equal(Pass, Status(Eval(Zj, pending), "own-ip"));
        var trademark = Given.GoodHnte() with { Ip = [new IpFacts("trademark", "granted", new DateOnly(2018, 1, 1), "own")] };
        Assert.Equal(Pass, Status(Eval(Zj, trademark), "own-ip"));
        var licensed = Given.GoodHnte() with { Ip = [new IpFacts("invention-patent", "granted", new DateOnly(2018, 1, 1), "license")] };
        Assert.Equal(Fail, Status(Eval(Zj, licensed), "own-ip"));
    }

    [Theory]
    [InlineData(999, "500000000", Pass)]
    [InlineData(1000, "399999999.99", Pass)]
    [InlineData(1000, "400000000", Fail)]
    public void ZjTechSme_SizeIsEmployeesOrRevenueBelowTheLimit(int employees, string revenue, ConditionStatus status)
    {
        var f = Given.GoodHnte().WithLastYear(y => y with { Employees = employees, TechStaff = 200, SalesRevenue = decimal.Parse(revenue, System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(status, Status(Eval(Zj, f), "sme-size"));
    }

    [Fact]
    public void ZjTechSme_NoSpendingFails_DishonestyLastYearFails()
    {
        Assert.Equal(Fail, Status(Eval(Zj, Given.GoodHnte().WithLastYear(y => y with { RdExpense = 0m })), "innovation-spending"));
        var dishonest = Given.GoodHnte() with { Incidents = [new IncidentFacts(new DateOnly(2019, 3, 1), "serious-dishonesty")] };
        Assert.Equal(Fail, Status(Eval(Zj, dishonest), "no-incident"));
    }

    [Theory]
    [InlineData("30000000", "0.05")]    // 3,000万 exactly → 5 % (含)
    [InlineData("30000000.01", "0.04")]
    [InlineData("100000000", "0.04")]   // 1亿 exactly → 4 % (含)
    [InlineData("100000000.01", "0.03")]
    public void HzHnte_RdTiersOnLastYearSales(string sales, string required)
    {
        var s = decimal.Parse(sales, System.Globalization.CultureInfo.InvariantCulture);
        var c = Eval(Hz, Given.GoodHnte().WithLastYear(y => y with { SalesRevenue = s, RdExpense = s * 0.06m })).Conditions.Single(x => x.Id == "rd-expense-ratio");
        Assert.Equal((Pass, decimal.Parse(required, System.Globalization.CultureInfo.InvariantCulture)), (c.Status, (decimal)c.Required!));
    }

    [Theory]
    [InlineData("5000000", Pass)]    // 50 % of 10,000,000
    [InlineData("4999999.99", Fail)]
    public void HzHnte_HightechIncomeFiftyPercent(string hightech, ConditionStatus status)
    {
        var f = Given.GoodHnte().WithLastYear(y => y with { TotalIncome = 10_000_000m, HightechIncome = decimal.Parse(hightech, System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(status, Status(Eval(Hz, f), "hightech-income-ratio"));
    }

    [Fact]
    public void HzHnte_ManagementRulesAreAlwaysAManualCheck_NotACondition()
    {
        var a = Eval(Hz, Given.GoodHnte());
        Assert.Equal(Verdict.Pass, a.Verdict);
        Assert.DoesNotContain(a.Conditions, c => c.Id == "management");
        Assert.Contains(a.ManualReview, m => m.StartsWith("条件（六）", StringComparison.Ordinal));
    }
}
