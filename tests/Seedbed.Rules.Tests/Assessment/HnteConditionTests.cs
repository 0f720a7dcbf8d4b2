using Seedbed.Rules.Assessment;
using static Seedbed.Rules.Assessment.ConditionStatus;

namespace Seedbed.Rules.Tests.Assessment;

public class HnteConditionTests
{
    [Fact]
    public void Evaluate_GoodEnterprise_PassesEveryCondition()
    {
        var a = Given.Hnte2016(Given.GoodHnte());
        Assert.All(a.Conditions, c => Assert.Equal(Pass, c.Status));
        Assert.Equal(Verdict.Pass, a.Verdict);
        Assert.Empty(a.Gaps);
        Assert.Equal(["registration-age", "core-ip", "hightech-field", "tech-staff-ratio", "rd-expense-ratio", "domestic-rd-share",
            "hightech-income-ratio", "innovation-score", "no-major-incident"], a.Conditions.Select(c => c.Id));
        Assert.Equal("第十一条（五）", a.Condition("rd-expense-ratio").Citation);
    }

    [Theory]
    [InlineData("2019-07-01", Pass, 365)]   // exactly 365 days before 2020-06-30
    [InlineData("2019-07-02", Fail, 364)]
    [InlineData("2010-01-01", Pass, 3833)]
    public void RegistrationAge_365DaysInclusive(string registered, ConditionStatus status, int days)
    {
        var c = Given.Hnte2016(Given.GoodHnte() with { RegisteredOn = DateOnly.Parse(registered, System.Globalization.CultureInfo.InvariantCulture) })
            .Condition("registration-age");
        Assert.Equal((status, (object)days), (c.Status, c.Actual!));
    }

    [Fact]
    public void RegistrationAge_UnknownDate_IsUnknownAndVerdictUndetermined()
    {
        var a = Given.Hnte2016(Given.GoodHnte() with { RegisteredOn = null });
        Assert.Equal(Unknown, a.Condition("registration-age").Status);
        Assert.Equal(Verdict.Undetermined, a.Verdict);
    }

    [Theory]
    [InlineData(10, 100, Pass)]   // exactly 10 %
    [InlineData(9, 90, Pass)]
    [InlineData(999, 10000, Fail)] // 9.99 %
    [InlineData(0, 5, Fail)]
    public void TechStaffRatio_TenPercentInclusive(int tech, int employees, ConditionStatus status) =>
        Assert.Equal(status, Given.Hnte2016(Given.GoodHnte().WithLastYear(y => y with { TechStaff = tech, Employees = employees }))
            .Condition("tech-staff-ratio").Status);

    [Fact]
    public void TechStaffRatio_Fail_GapIsNewStaffNeeded()
    {
        // 100 employees, 8 tech: (10 − 8) / 0.9 = 2.2 → 3 new technology staff (11/103 ≥ 10 %)
        var a = Given.Hnte2016(Given.GoodHnte().WithLastYear(y => y with { TechStaff = 8, Employees = 100 }));
        var gap = a.Gaps.Single(g => g.Id == "tech-staff-ratio");
        Assert.Equal((3m, "people"), (gap.Amount, gap.Unit));
        Assert.Contains("需新增 3 名科技人员", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TechStaffRatio_ZeroEmployees_IsUnknownWithManualReview()
    {
        var a = Given.Hnte2016(Given.GoodHnte().WithLastYear(y => y with { TechStaff = 0, Employees = 0 }));
        Assert.Equal(Unknown, a.Condition("tech-staff-ratio").Status);
        Assert.Contains(a.ManualReview, m => m.Contains("职工总数为0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("50000000", "0.05")]     // 5,000万 exactly → 5 % (含)
    [InlineData("50000000.01", "0.04")]
    [InlineData("200000000", "0.04")]    // 2亿 exactly → 4 % (含)
    [InlineData("200000000.01", "0.03")]
    public void RdExpenseRatio_TierSetByLastYearSales(string lastSales, string required)
    {
        var s = decimal.Parse(lastSales, System.Globalization.CultureInfo.InvariantCulture);
        var f = Given.GoodHnte().WithYears(Given.Year(2017, s), Given.Year(2018, s), Given.Year(2019, s));
        Assert.Equal(decimal.Parse(required, System.Globalization.CultureInfo.InvariantCulture), Given.Hnte2016(f).Condition("rd-expense-ratio").Required);
    }

    [Theory]
    [InlineData("1500000", Pass)]       // 1,500,000 / 30,000,000 = 5.00 % exactly
    [InlineData("1499999.99", Fail)]
    public void RdExpenseRatio_ThresholdInclusive_ExactArithmetic(string totalRd, ConditionStatus status)
    {
        var rd = decimal.Parse(totalRd, System.Globalization.CultureInfo.InvariantCulture);
        var f = Given.GoodHnte().WithYears(Given.Year(2017, 10_000_000m, rd / 3), Given.Year(2018, 10_000_000m, rd / 3), Given.Year(2019, 10_000_000m, rd - 2 * (rd / 3)));
        Assert.Equal(status, Given.Hnte2016(f).Condition("rd-expense-ratio").Status);
    }

    [Fact]
    public void RdExpenseRatio_WorkedExample_RulesReference17()
    {
        // R&D 150 + 220 + 300 = 670万; sales 2,400 + 3,200 + 4,200 = 9,800万 → 6.84 % ≥ 5 % (last year 4,200万 ≤ 5,000万)
        var f = Given.GoodHnte().WithYears(Given.Year(2017, 24_000_000m, 1_500_000m), Given.Year(2018, 32_000_000m, 2_200_000m), Given.Year(2019, 42_000_000m, 3_000_000m));
        var c = Given.Hnte2016(f).Condition("rd-expense-ratio");
        Assert.Equal((Pass, 0.05m, 0.068367m), (c.Status, (decimal)c.Required!, (decimal)c.Actual!));
    }

    [Fact]
    public void RdExpenseRatio_Fail_GapIsMissingRdInYuanRoundedUp()
    {
        // 5 % of 30,000,000 = 1,500,000; spent 1,371,225.5 → 128,774.5 → 128,775 元
        var f = Given.GoodHnte().WithYears(Given.Year(2017, 10_000_000m, 457_075.5m), Given.Year(2018, 10_000_000m, 457_075m), Given.Year(2019, 10_000_000m, 457_075m));
        var a = Given.Hnte2016(f);
        var gap = a.Gaps.Single(g => g.Id == "rd-expense-ratio");
        Assert.Equal((128_775m, "yuan", "研发费用还差 128,775 元"), (gap.Amount, gap.Unit, gap.Message));
        Assert.Equal(Verdict.Fail, a.Verdict);
    }

    [Fact]
    public void RdExpenseRatio_MissingYear_IsUnknownNeverZero()
    {
        var f = Given.GoodHnte().WithYears(Given.Year(2017), Given.Year(2019));
        var c = Given.Hnte2016(f).Condition("rd-expense-ratio");
        Assert.Equal(Unknown, c.Status);
        Assert.Contains("2018年", c.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Window_StartsAtTheRegistrationYear_PartialFirstYearCounts()
    {
        // registered 2018-03-01: window 2018–2019 only; 2017's poor ratio must not count
        var f = Given.GoodHnte() with { RegisteredOn = new DateOnly(2018, 3, 1) };
        f = f.WithYears(Given.Year(2017, 10_000_000m, 0m), Given.Year(2018, 10_000_000m), Given.Year(2019, 10_000_000m));
        Assert.Equal(Pass, Given.Hnte2016(f).Condition("rd-expense-ratio").Status);
    }

    [Theory]
    [InlineData("0.6", Pass)]
    [InlineData("0.5999", Fail)]
    public void DomesticRdShare_SixtyPercentInclusive(string share, ConditionStatus status)
    {
        var s = decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture);
        YearFacts Y(int y) => Given.Year(y, 10_000_000m, 1_000_000m) with { RdExpenseDomestic = 1_000_000m * s };
        Assert.Equal(status, Given.Hnte2016(Given.GoodHnte().WithYears(Y(2017), Y(2018), Y(2019))).Condition("domestic-rd-share").Status);
    }

    [Fact]
    public void DomesticRdShare_NoRdAtAll_Fails()
    {
        YearFacts Y(int y) => Given.Year(y, 10_000_000m, 0m);
        Assert.Equal(Fail, Given.Hnte2016(Given.GoodHnte().WithYears(Y(2017), Y(2018), Y(2019))).Condition("domestic-rd-share").Status);
    }

    [Theory]
    [InlineData("6000000", Pass)]
    [InlineData("5999999.99", Fail)]
    public void HightechIncomeRatio_SixtyPercentOfTotalIncome(string hightech, ConditionStatus status)
    {
        var hi = decimal.Parse(hightech, System.Globalization.CultureInfo.InvariantCulture);
        var a = Given.Hnte2016(Given.GoodHnte().WithLastYear(y => y with { TotalIncome = 10_000_000m, HightechIncome = hi, SalesRevenue = 5_000_000m }));
        Assert.Equal(status, a.Condition("hightech-income-ratio").Status);
    }

    [Fact]
    public void HightechIncomeRatio_Fail_GapCountsTheNewIncomeInTheTotalToo()
    {
        // (0.6 × 10,000,000 − 5,000,000) / 0.4 = 2,500,000: 7.5M / 12.5M = 60 %
        var a = Given.Hnte2016(Given.GoodHnte().WithLastYear(y => y with { TotalIncome = 10_000_000m, HightechIncome = 5_000_000m }));
        Assert.Equal(2_500_000m, a.Gaps.Single(g => g.Id == "hightech-income-ratio").Amount);
    }

    [Theory]
    [InlineData("2019-07-01", "major-safety", Fail)]        // exactly 365 days before
    [InlineData("2019-06-30", "major-quality", Pass)]       // 366 days before
    [InlineData("2020-06-30", "serious-environmental", Fail)]
    [InlineData("2020-01-01", "serious-dishonesty", Pass)]  // not a kind of 第十一条（八）
    public void NoMajorIncident_OneYearBeforeTheDate(string date, string kind, ConditionStatus status)
    {
        var f = Given.GoodHnte() with { Incidents = [new IncidentFacts(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), kind)] };
        Assert.Equal(status, Given.Hnte2016(f).Condition("no-major-incident").Status);
    }

    [Theory]
    [InlineData("granted", "own", null, Pass)]
    [InlineData("pending", "own", null, Fail)]
    [InlineData("granted", "license", null, Fail)]    // licensed IP no longer qualifies
    public void CoreIp_OwnedGrantedOnly(string status, string acquisition, int? usedIn, ConditionStatus expected)
    {
        var f = Given.GoodHnte() with { Ip = [new IpFacts("invention-patent", status, new DateOnly(2018, 1, 1), acquisition, usedIn)] };
        Assert.Equal(expected, Given.Hnte2016(f).Condition("core-ip").Status);
    }

    [Fact]
    public void CoreIp_ClassTwoUsedInAnEarlierApplication_DoesNotCount_ClassOneDoes()
    {
        var usedTwo = Given.GoodHnte() with { Ip = [new IpFacts("utility-model", "granted", new DateOnly(2016, 1, 1), "own", 2017)] };
        var usedOne = Given.GoodHnte() with { Ip = [new IpFacts("invention-patent", "granted", new DateOnly(2016, 1, 1), "own", 2017)] };
        var a = Given.Hnte2016(usedTwo);
        Assert.Equal(Fail, a.Condition("core-ip").Status);
        Assert.Equal((1m, "items"), (a.Gaps.Single(g => g.Id == "core-ip").Amount, a.Gaps.Single(g => g.Id == "core-ip").Unit));
        Assert.Equal(Pass, Given.Hnte2016(usedOne).Condition("core-ip").Status);
    }

    [Theory]
    [InlineData("101", Pass)]
    [InlineData("none", Fail)]
    [InlineData("999", Fail)]
    [InlineData(null, Unknown)]
    public void HightechField_NullMeansNotInTheFields(string? field, ConditionStatus status) =>
        Assert.Equal(status, Given.Hnte2016(Given.GoodHnte() with { HightechField = field }).Condition("hightech-field").Status);
}
