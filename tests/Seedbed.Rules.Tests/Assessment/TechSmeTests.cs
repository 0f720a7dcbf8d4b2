using System.Globalization;
using Seedbed.Rules.Assessment;
using static Seedbed.Rules.Assessment.ConditionStatus;

namespace Seedbed.Rules.Tests.Assessment;

public class TechSmeTests
{
    private static readonly RuleSet Rules = Given.RuleSet("tech-sme-2017.v1.json");

    /// <summary>2019 data: 100 staff, 30 tech (20 pts), R&amp;D 6 % of sales (50 pts), one invention patent (30 pts).</summary>
    private static EnterpriseFacts Sme(Func<YearFacts, YearFacts>? change = null, params IpFacts[] ip)
    {
        var y = Given.Year(2019, 10_000_000m) with { TotalAssets = 50_000_000m };
        return new EnterpriseFacts
        {
            Uscc = "91330100716105852F", RegisteredOn = new DateOnly(2012, 1, 1), HightechField = "101",
            Years = [change is null ? y : change(y)],
            Ip = ip.Length > 0 ? ip : [new IpFacts("invention-patent", "granted", new DateOnly(2018, 1, 1), "own")],
        };
    }

    private static EnterpriseAssessment Eval(EnterpriseFacts f) => TechSmeRules.Evaluate(f, Given.Date, Rules);

    [Fact]
    public void Evaluate_GoodSme_Passes_WithContractConditionIds()
    {
        var a = Eval(Sme());
        Assert.Equal(Verdict.Pass, a.Verdict);
        Assert.Equal(Route.Score, a.Route);
        Assert.Equal(["size-limits", "no-violations", "tech-staff-nonzero", "score-threshold"], a.Conditions.Select(c => c.Id));
        Assert.Equal((100, 100), (a.Score!.Min, a.Score.Max));
    }

    [Theory]
    [InlineData(500, "200000000", "200000000", Pass)]   // every limit inclusive
    [InlineData(501, "1000000", "1000000", Fail)]
    [InlineData(100, "200000000.01", "1000000", Fail)]
    [InlineData(100, "1000000", "200000000.01", Fail)]
    public void SizeLimits_Inclusive(int employees, string sales, string assets, ConditionStatus status)
    {
        var f = Sme(y => y with { Employees = employees, TechStaff = 10, SalesRevenue = decimal.Parse(sales, CultureInfo.InvariantCulture), TotalAssets = decimal.Parse(assets, CultureInfo.InvariantCulture) });
        Assert.Equal(status, Eval(f).Conditions.Single(c => c.Id == "size-limits").Status);
    }

    [Theory]
    [InlineData(30, 20)] [InlineData(29, 16)] [InlineData(25, 16)] [InlineData(20, 12)] [InlineData(15, 8)] [InlineData(10, 4)] [InlineData(9, 0)]
    public void TechStaffItem_Bands(int techPer100, int points)
    {
        var i = Eval(Sme(y => y with { Employees = 100, TechStaff = techPer100 })).Score!.Items.Single(x => x.Id == "tech-staff");
        Assert.Equal((points, points), (i.Min, i.Max));
    }

    [Fact]
    public void TechStaffScoreZero_Fails_EvenWithEnoughPoints()
    {
        var a = Eval(Sme(y => y with { Employees = 100, TechStaff = 9 }));
        Assert.Equal(Fail, a.Conditions.Single(c => c.Id == "tech-staff-nonzero").Status);
        Assert.Equal(Pass, a.Conditions.Single(c => c.Id == "score-threshold").Status); // 0 + 50 + 30 = 80
        Assert.Equal(Verdict.Fail, a.Verdict);
    }

    [Theory]
    [InlineData("0.06", "0.5", 50)]     // sales ratio 6 % → 50
    [InlineData("0.0599", "0.5", 40)]
    [InlineData("0.02", "0.5", 10)]
    [InlineData("0.0199", "0.5", 0)]
    [InlineData("0.0199", "0.0796", 40)] // by cost: 0.0199 / 0.0796 = 25 % exactly → 40 beats 0 by sales
    [InlineData("0.0199", "0.0797", 30)] // 24.97 % → 30
    public void RdInput_TakesTheHigherOfTheTwoRatios(string rdOfSales, string costOfSales, int points)
    {
        var sales = 10_000_000m;
        var rd = sales * decimal.Parse(rdOfSales, CultureInfo.InvariantCulture);
        var cost = sales * decimal.Parse(costOfSales, CultureInfo.InvariantCulture);
        var i = Eval(Sme(y => y with { RdExpense = rd, TotalCostAndExpense = cost })).Score!.Items.Single(x => x.Id == "rd-input");
        Assert.Equal(points, i.Min);
        Assert.Equal(i.Min, i.Max);
    }

    [Fact]
    public void RdInput_CostRatioExactlyThirtyPercent_Is50()
    {
        var i = Eval(Sme(y => y with { RdExpense = 150_000m, SalesRevenue = 10_000_000m, TotalCostAndExpense = 500_000m })).Score!.Items.Single(x => x.Id == "rd-input");
        Assert.Equal((50, "A"), (i.Min, i.Band));
    }

    [Theory]
    [InlineData(4, 24)] [InlineData(3, 18)] [InlineData(2, 12)] [InlineData(1, 6)] [InlineData(0, 0)]
    public void IpResults_ClassTwoCounts_NoUsedOnceRule(int count, int points)
    {
        var ip = Enumerable.Range(0, count).Select(n => new IpFacts("software-copyright", "granted", new DateOnly(2018, 1, 1 + n), "own", UsedInHnteYear: 2017)).ToArray();
        var f = Sme() with { Ip = ip };
        Assert.Equal(points, Eval(f).Score!.Items.Single(x => x.Id == "ip-results").Min);
    }

    [Fact]
    public void IpResults_DisputedIpDoesNotCount()
    {
        var f = Sme() with { Ip = [new IpFacts("invention-patent", "granted", new DateOnly(2018, 1, 1), "own", Disputed: true)] };
        Assert.Equal(0, Eval(f).Score!.Items.Single(x => x.Id == "ip-results").Max);
    }

    [Fact]
    public void ScoreThreshold_60Inclusive()
    {
        // tech 30 % → 20, R&D 4 % of sales and 8 % of cost → 30, one utility model → 6: 56 (fail); two more → 12 → 62
        EnterpriseFacts F(int ipCount) => Sme(y => y with { RdExpense = 400_000m, TotalCostAndExpense = 5_000_000m }) with
        {
            Ip = Enumerable.Range(0, ipCount).Select(n => new IpFacts("utility-model", "granted", new DateOnly(2018, 1, 1 + n), "own")).ToList(),
        };
        var low = Eval(F(1));
        Assert.Equal(56, low.Score!.Min);
        Assert.Equal(Verdict.Fail, low.Verdict);
        Assert.Equal(4m, low.Gaps.Single(g => g.Id == "score-threshold").Amount);
        Assert.Equal(Verdict.Pass, Eval(F(2)).Verdict);
    }

    [Fact]
    public void NoViolations_LastYearAndThisYearUpToTheDate()
    {
        Assert.Equal(Fail, Eval(Sme() with { Incidents = [new IncidentFacts(new DateOnly(2019, 1, 1), "abnormal-operation-list")] }).Conditions[1].Status);
        Assert.Equal(Pass, Eval(Sme() with { Incidents = [new IncidentFacts(new DateOnly(2018, 12, 31), "major-safety")] }).Conditions[1].Status);
        Assert.Equal(Pass, Eval(Sme() with { Incidents = [new IncidentFacts(new DateOnly(2020, 7, 1), "major-safety")] }).Conditions[1].Status);
    }

    [Fact]
    public void DirectRoute_ValidHnteCertificate_PassesWithoutScore()
    {
        var weak = Sme(y => y with { TechStaff = 0, RdExpense = 0m }) with
        {
            Ip = [], Qualifications = [new QualificationFacts("hnte", new DateOnly(2017, 12, 1), new DateOnly(2020, 11, 30))],
        };
        var a = Eval(weak);
        Assert.Equal((Verdict.Pass, Route.Direct), (a.Verdict, a.Route));
        Assert.Equal(Fail, a.Conditions.Single(c => c.Id == "score-threshold").Status); // reported, does not decide
        var expired = weak with { Qualifications = [new QualificationFacts("hnte", new DateOnly(2017, 6, 29), null)] };
        Assert.Equal(Verdict.Fail, Eval(expired).Verdict); // issued + 3 years = 2020-06-29 < 2020-06-30
    }

    [Theory]
    [InlineData("national", 3, 2015, true)]
    [InlineData("national", 4, 2019, false)]
    [InlineData("provincial", 1, 2019, false)]
    [InlineData("national", 1, 2014, false)]
    public void DirectRoute_NationalAwardTopThreeInFiveYears(string level, int rank, int year, bool direct)
    {
        var f = Sme(y => y with { TechStaff = 0 }) with { Awards = [new AwardFacts(level, rank, year)] };
        Assert.Equal(direct ? Route.Direct : Route.Score, Eval(f).Route);
    }

    [Fact]
    public void DirectRoute_ProvincialInstitutionOrLeadStandard_ButNotWhenSizeFails()
    {
        var inst = Sme(y => y with { TechStaff = 0 }) with { RdInstitutions = [new InstitutionFacts("provincial", new DateOnly(2016, 1, 1))] };
        Assert.Equal(Route.Direct, Eval(inst).Route);
        var std = Sme(y => y with { TechStaff = 0 }) with { Standards = [new StandardFacts("industry", "lead", 2016)] };
        Assert.Equal(Route.Direct, Eval(std).Route);
        var participant = Sme(y => y with { TechStaff = 0 }) with { Standards = [new StandardFacts("industry", "participant", 2016)] };
        Assert.Equal(Route.Score, Eval(participant).Route);
        var big = Sme(y => y with { Employees = 600, TechStaff = 0 }) with { RdInstitutions = inst.RdInstitutions };
        Assert.Equal((Verdict.Fail, Route.Score), (Eval(big).Verdict, Eval(big).Route));
    }

    [Fact]
    public void MissingData_IsUnknown_NeverZero()
    {
        var a = Eval(Sme(y => y with { TotalAssets = null, Employees = null }));
        Assert.Equal(Unknown, a.Conditions.Single(c => c.Id == "size-limits").Status);
        Assert.Equal((0, 20), (a.Score!.Items[0].Min, a.Score.Items[0].Max));
        Assert.Equal(Verdict.Undetermined, a.Verdict);
    }
}
