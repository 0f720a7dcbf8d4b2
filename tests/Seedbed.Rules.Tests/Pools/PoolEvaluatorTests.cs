using Seedbed.Rules.Pools;

namespace Seedbed.Rules.Tests.Pools;

/// <summary>Every pool rule at its edges (inclusive/exclusive), and the tier transitions, on the shipped rule data.</summary>
public class PoolEvaluatorTests
{
    private static readonly PoolRules Rules = PoolRules.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rules", "pools-gongshu-2018.v1.json")));
    private static readonly DateOnly Date = new(2021, 6, 30);

    private static PoolFacts Facts(decimal? tax2020 = null, int[]? intentions = null, PoolQualification[]? qualifications = null,
        PoolEvaluation? evaluation = null, string? tier = null, string? exitReason = null, Dictionary<int, decimal?>? taxes = null) =>
        new(taxes ?? (tax2020 is null ? [] : new Dictionary<int, decimal?> { [2020] = tax2020 }), intentions ?? [], qualifications ?? [],
            evaluation, tier, exitReason);

    private static PoolEvaluation Eval(string verdict, int open = 0, decimal yuan = 0, decimal points = 0, DateOnly? asOf = null, string ruleSet = "hnte-2016") =>
        new(1, ruleSet, asOf ?? Date, verdict, open, yuan, points, "研发费用还差 1 元");

    private static string? Tier(PoolFacts f, DateOnly? date = null) => PoolEvaluator.Evaluate(f, date ?? Date, Rules).ProposedTier;

    [Fact]
    public void RuleData_ThresholdsAsDocumented()
    {
        Assert.Equal(100_000m, Rules.MinIncomeTax);
        Assert.True(Rules.RequireIntention);
        Assert.Equal(["hz-hnte", "zj-tech-sme"], Rules.ReserveKinds);
        Assert.Equal((365, 1, 500_000m, 10m), (Rules.MaxEvaluationAgeDays, Rules.MaxOpenConditions, Rules.MaxYuanShortfall, Rules.MaxScoreShortfall));
        Assert.Equal(("hnte", 3, 2, 0.5m), (Rules.CertifiedKind, Rules.ValidityYears, Rules.LapsedYears, Rules.DefaultConversionRate));
        Assert.All(Rules.Data.Rules, r => Assert.Contains(r.Kind, PoolRules.Kinds));
    }

    [Theory]
    [InlineData("99999.99", true, null)]          // just under the minimum
    [InlineData("100000", true, "reserve")]       // the minimum itself (inclusive)
    [InlineData("100000.01", true, "reserve")]
    [InlineData("5000000", false, null)]          // tax alone is not enough: no intention
    public void Reserve_IncomeTaxOfLastFiscalYear_AndIntention(string tax, bool intention, string? expected)
    {
        var f = Facts(decimal.Parse(tax, System.Globalization.CultureInfo.InvariantCulture), intention ? [2021] : []);
        Assert.Equal(expected, Tier(f));
    }

    [Fact]
    public void Reserve_UsesTheLastCompleteFiscalYear_AndTheIntentionOfTheDatesYear()
    {
        Assert.Null(Tier(Facts(taxes: new() { [2021] = 900_000m }, intentions: [2021])));   // current year's tax does not count
        Assert.Null(Tier(Facts(taxes: new() { [2020] = null }, intentions: [2021])));       // not reported
        Assert.Null(Tier(Facts(200_000m, [2020])));                                         // last year's intention
        Assert.Equal("reserve", Tier(Facts(200_000m, [2021])));
    }

    public static TheoryData<string, DateOnly, DateOnly?, string?> QualificationEdges => new()
    {
        { "hz-hnte", Date, Date.AddYears(3), "reserve" },                 // issued on the date (inclusive)
        { "hz-hnte", Date.AddDays(1), Date.AddYears(3), null },           // issued the day after
        { "zj-tech-sme", Date.AddYears(-2), Date, "reserve" },            // expires on the date (inclusive)
        { "zj-tech-sme", Date.AddYears(-2), Date.AddDays(-1), null },     // expired the day before
        { "zj-tech-sme", Date.AddYears(-2), null, "reserve" },            // no expiry recorded
        { "tech-sme", Date.AddYears(-1), Date.AddYears(1), null },        // not a listed kind
    };

    [Theory, MemberData(nameof(QualificationEdges))]
    public void Reserve_ValidQualification(string kind, DateOnly issued, DateOnly? expires, string? expected) =>
        Assert.Equal(expected, Tier(Facts(qualifications: [new PoolQualification(kind, "Q1", issued, expires)])));

    [Theory]
    [InlineData("pass", 0, 0, 0, "application")]
    [InlineData("fail", 0, 0, 0, null)]
    [InlineData("undetermined", 1, 0, 0, "application")]            // open conditions at the limit
    [InlineData("undetermined", 2, 0, 0, null)]                     // over it
    [InlineData("undetermined", 0, 500000, 0, "application")]       // money gap at the limit
    [InlineData("undetermined", 0, 500000.01, 0, null)]
    [InlineData("undetermined", 0, 0, 10, "application")]           // points gap at the limit
    [InlineData("undetermined", 0, 0, 11, null)]
    public void Application_VerdictAndGapLimits(string verdict, int open, double yuan, int points, string? expected) =>
        Assert.Equal(expected, Tier(Facts(evaluation: Eval(verdict, open, (decimal)yuan, points))));

    [Fact]
    public void Application_EvaluationMustBeOfTheRuleSet_NotLater_AndAtMost365DaysOld()
    {
        Assert.Equal("application", Tier(Facts(evaluation: Eval("pass", asOf: Date.AddDays(-365)))));
        Assert.Null(Tier(Facts(evaluation: Eval("pass", asOf: Date.AddDays(-366)))));
        Assert.Null(Tier(Facts(evaluation: Eval("pass", asOf: Date.AddDays(1)))));
        Assert.Null(Tier(Facts(evaluation: Eval("pass", ruleSet: "hz-hnte-2016"))));
        var p = PoolEvaluator.Evaluate(Facts(), Date, Rules);
        Assert.Contains(p.Reasons, r => r.RuleId == "application-evaluation" && r.Message.Contains("没有 hnte-2016 的评估结果", StringComparison.Ordinal));
    }

    [Fact]
    public void Application_WinsOverReserve()
    {
        var f = Facts(200_000m, [2021], evaluation: Eval("pass"));
        Assert.Equal("application", Tier(f));
    }

    [Theory]
    [InlineData(0, "certified")]     // issued on the date
    [InlineData(-1, "certified")]
    [InlineData(1, null)]            // issued after the date
    public void Certified_FromTheIssueDate(int days, string? expected) =>
        Assert.Equal(expected, Tier(Facts(qualifications: [new PoolQualification("hnte", "GR1", Date.AddDays(days), Date.AddYears(2))])));

    [Fact]
    public void Certified_UntilExpiry_Inclusive_DefaultingToThreeYears()
    {
        Assert.Equal("certified", Tier(Facts(qualifications: [new PoolQualification("hnte", "GR1", Date.AddYears(-2), Date)])));
        Assert.Null(Tier(Facts(qualifications: [new PoolQualification("hnte", "GR1", Date.AddYears(-2), Date.AddDays(-1))])));
        // no expiry recorded: issued + 3 years − 1 day
        Assert.Equal("certified", Tier(Facts(qualifications: [new PoolQualification("hnte", "GR1", Date.AddYears(-3).AddDays(1), null)])));
        Assert.Null(Tier(Facts(qualifications: [new PoolQualification("hnte", "GR1", Date.AddYears(-3), null)])));
        var p = PoolEvaluator.Evaluate(Facts(qualifications: [new PoolQualification("hnte", "GR1", Date, null)]), Date, Rules);
        Assert.Equal("第十二条", Assert.Single(p.Reasons).Citation);
    }

    [Fact]
    public void CertifiedMember_CertificateExpired_ExitsWithReason_UnlessItMeetsAnotherTier()
    {
        var expired = new PoolQualification("hnte", "GR1", Date.AddYears(-3), Date.AddDays(-1));
        var exit = PoolEvaluator.Evaluate(Facts(qualifications: [expired], tier: PoolTier.Certified), Date, Rules);
        Assert.Equal((PoolTier.Exited, ExitReason.CertificateExpired), (exit.ProposedTier, exit.ExitReason));
        Assert.Contains("GR1", exit.Reasons[0].Message, StringComparison.Ordinal);
        var back = PoolEvaluator.Evaluate(Facts(qualifications: [expired], evaluation: Eval("pass"), tier: PoolTier.Certified), Date, Rules);
        Assert.Equal((PoolTier.Application, (string?)null), (back.ProposedTier, back.ExitReason));
        var stays = PoolEvaluator.Evaluate(Facts(qualifications: [new PoolQualification("hnte", "GR2", Date.AddYears(-1), null)], tier: PoolTier.Certified), Date, Rules);
        Assert.False(stays.IsMove);
    }

    [Fact]
    public void Member_MissingTheRules_StaysOneYear_ExitsAfterTwo()
    {
        // met the reserve rule in 2020 (2019 tax + 2020 intention), not in 2021: stays
        var oneYear = Facts(taxes: new() { [2019] = 200_000m, [2020] = 10m }, intentions: [2020], tier: PoolTier.Reserve);
        Assert.False(PoolEvaluator.Evaluate(oneYear, Date, Rules).IsMove);
        var twoYears = Facts(taxes: new() { [2019] = 10m, [2020] = 10m }, intentions: [2020, 2021], tier: PoolTier.Application);
        var p = PoolEvaluator.Evaluate(twoYears, Date, Rules);
        Assert.Equal((PoolTier.Exited, ExitReason.RulesLapsed), (p.ProposedTier, p.ExitReason));
        Assert.Contains(p.Reasons, r => r.RuleId == "exit-rules-lapsed" && r.Citation == "decision");
    }

    [Fact]
    public void ApplicationMember_NoLongerReady_ButInReserve_MovesDown()
    {
        var p = PoolEvaluator.Evaluate(Facts(200_000m, [2021], evaluation: Eval("fail"), tier: PoolTier.Application), Date, Rules);
        Assert.Equal(PoolTier.Reserve, p.ProposedTier);
        Assert.True(p.IsMove);
    }

    [Fact]
    public void Exited_ManualOrDeregistered_NeverReadmittedByRules_ExceptByCertification()
    {
        foreach (var reason in new[] { ExitReason.Manual, ExitReason.Deregistered })
        {
            Assert.False(PoolEvaluator.Evaluate(Facts(200_000m, [2021], evaluation: Eval("pass"), tier: PoolTier.Exited, exitReason: reason), Date, Rules).IsMove);
            Assert.Equal(PoolTier.Certified, Tier(Facts(qualifications: [new PoolQualification("hnte", "GR1", Date, null)], tier: PoolTier.Exited, exitReason: reason)));
        }
        Assert.Equal(PoolTier.Reserve, Tier(Facts(200_000m, [2021], tier: PoolTier.Exited, exitReason: ExitReason.RulesLapsed)));
    }

    [Fact]
    public void NotInPool_MeetingNothing_NoProposal()
    {
        var p = PoolEvaluator.Evaluate(Facts(), Date, Rules);
        Assert.Null(p.ProposedTier);
        Assert.False(p.IsMove);
        Assert.All(p.Reasons, r => Assert.False(string.IsNullOrEmpty(r.Citation)));
    }
}
