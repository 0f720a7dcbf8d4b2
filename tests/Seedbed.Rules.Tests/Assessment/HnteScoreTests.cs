using System.Globalization;
using Seedbed.Rules.Assessment;
using static Seedbed.Rules.Assessment.ConditionStatus;

namespace Seedbed.Rules.Tests.Assessment;

public class HnteScoreTests
{
    private static decimal? D(string? s) => s is null ? null : decimal.Parse(s, CultureInfo.InvariantCulture);

    private static EnterpriseFacts NetAssets(params string?[] values)
    {
        var f = Given.GoodHnte();
        return f.WithYears(f.Years.Select((y, i) => y with { NetAssets = D(values[i]) }).ToArray());
    }

    [Fact]
    public void Growth_WorkedExample_100_150_200_IsBandA()
    {
        // g = ½(1.5 + 1.333…) − 1 = 41.7 % → A 9–10 (rules-reference §1.7)
        var i = Given.Hnte2016(NetAssets("100", "150", "200")).Item("growth-net-assets");
        Assert.Equal(("A", 9, 10), (i.Band, i.Min, i.Max));
        Assert.Contains("41.67%", i.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100", "135", "182.25", "A")]   // ½(1.35 + 1.35) − 1 = 0.35 exactly
    [InlineData("100", "135", "182.24", "B")]
    [InlineData("100", "125", "156.25", "B")]   // 0.25 exactly
    [InlineData("100", "125", "156.24", "C")]
    [InlineData("100", "115", "132.25", "C")]   // 0.15
    [InlineData("100", "115", "132.24", "D")]
    [InlineData("100", "105", "110.25", "D")]   // 0.05
    [InlineData("100", "105", "110.24", "E")]
    [InlineData("100", "100", "100.01", "E")]   // just above 0
    [InlineData("100", "100", "100", "F")]      // 0 → F
    [InlineData("100", "90", "80", "F")]        // negative → 0 points
    [InlineData("0", "100", "140", "A")]        // first year 0: last two years, 40 %
    [InlineData("100", "0", "140", "F")]        // second year 0 → 0 points
    [InlineData("100", "-10", "140", "F")]
    public void Growth_BandEdges_ExactArithmetic(string x1, string x2, string x3, string band)
    {
        var i = Given.Hnte2016(NetAssets(x1, x2, x3)).Item("growth-net-assets");
        Assert.Equal(band, i.Band);
        var expected = band switch { "A" => (9, 10), "B" => (7, 8), "C" => (5, 6), "D" => (3, 4), "E" => (1, 2), _ => (0, 0) };
        Assert.Equal(expected, (i.Min, i.Max));
    }

    [Fact]
    public void Growth_NegativeFirstYear_UsesLastTwoYearsAndFlagsManualReview()
    {
        var a = Given.Hnte2016(NetAssets("-50", "100", "140"));
        Assert.Equal("A", a.Item("growth-net-assets").Band);
        Assert.Contains(a.ManualReview, m => m.Contains("第一年净资产为负数", StringComparison.Ordinal));
    }

    [Fact]
    public void Growth_TwoYears_IsSimpleRatio_OneYear_IsF()
    {
        var two = Given.GoodHnte() with { RegisteredOn = new DateOnly(2018, 2, 1) };
        two = two.WithYears(Given.Year(2018) with { NetAssets = 100m }, Given.Year(2019) with { NetAssets = 110m });
        Assert.Equal("D", Given.Hnte2016(two).Item("growth-net-assets").Band); // 10 %
        var one = (Given.GoodHnte() with { RegisteredOn = new DateOnly(2019, 2, 1) }).WithYears(Given.Year(2019));
        Assert.Equal(("F", 0, 0), (Given.Hnte2016(one).Item("growth-sales").Band, Given.Hnte2016(one).Item("growth-sales").Min, Given.Hnte2016(one).Item("growth-sales").Max));
    }

    [Fact]
    public void Growth_MissingValue_IsAFullRangeNotZero()
    {
        var i = Given.Hnte2016(NetAssets("100", null, "140")).Item("growth-net-assets");
        Assert.Equal(((string?)null, 0, 10), (i.Band, i.Min, i.Max));
    }

    private static EnterpriseFacts WithIp(params string[] kinds) => Given.GoodHnte() with
    {
        Ip = kinds.Select((k, n) => new IpFacts(k, "granted", new DateOnly(2018, 1, 1 + n), "own")).ToList(),
    };

    [Theory]
    [InlineData(new[] { "invention-patent" }, "A", 7, 8)]
    [InlineData(new[] { "utility-model", "utility-model", "software-copyright", "design-patent", "software-copyright" }, "B", 5, 6)]
    [InlineData(new[] { "utility-model", "utility-model", "software-copyright", "design-patent" }, "C", 3, 4)]
    [InlineData(new[] { "utility-model", "utility-model", "software-copyright" }, "C", 3, 4)]
    [InlineData(new[] { "software-copyright" }, "D", 1, 2)]
    [InlineData(new[] { "trademark" }, "E", 0, 0)]
    public void IpQuantity_AnyClassOneIsA_ElseCountClassTwo(string[] kinds, string band, int min, int max)
    {
        var i = Given.Hnte2016(WithIp(kinds)).Item("ip-quantity");
        Assert.Equal((band, min, max), (i.Band, i.Min, i.Max));
    }

    [Fact]
    public void IpAcquisition_OwnIsA_AssignmentOnlyIsB()
    {
        var assigned = Given.GoodHnte() with { Ip = [new IpFacts("invention-patent", "granted", new DateOnly(2018, 1, 1), "assignment")] };
        var own = Given.Hnte2016(Given.GoodHnte()).Item("ip-acquisition");
        Assert.Equal(("A", 1, 6), (own.Band, own.Min, own.Max));
        var b = Given.Hnte2016(assigned).Item("ip-acquisition");
        Assert.Equal(("B", 1, 3), (b.Band, b.Min, b.Max));
    }

    [Fact]
    public void IpItems_WithStandardsBonus_AreCappedAtThirty()
    {
        var f = Given.GoodHnte() with { Standards = [new StandardFacts("national", "participant", 2018)] };
        var a = Given.Hnte2016(f);
        Assert.Equal(("A", 1, 2), (a.Item("ip-standards-bonus").Band, a.Item("ip-standards-bonus").Min, a.Item("ip-standards-bonus").Max));
        // IP items max 8 + 8 + 8 + 6 + 2 = 32 → 30; conversion 30, management 20, growth 20 → 100
        Assert.Equal(100, a.Score!.Max);
        Assert.Equal(7 + 7 + 7 + 1 + 1 + 25 + 20 + 9 + 9, a.Score.Min);
    }

    [Fact]
    public void Grades_WithoutEligibleIp_AreZero_WithoutSelfAssessment_AreARange()
    {
        var none = Given.GoodHnte() with { Ip = [] };
        Assert.Equal((0, 0), (Given.Hnte2016(none).Item("ip-advancement").Min, Given.Hnte2016(none).Item("ip-advancement").Max));
        var noGrade = Given.Hnte2016(Given.GoodHnte() with { SelfAssessment = null });
        Assert.Equal((0, 8), (noGrade.Item("ip-core-support").Min, noGrade.Item("ip-core-support").Max));
        Assert.Equal((0, 20), (noGrade.Item("rd-management").Min, noGrade.Item("rd-management").Max));
        Assert.NotEmpty(noGrade.ManualReview);
    }

    [Theory]
    [InlineData(5, "A")]
    [InlineData(4, "B")]
    [InlineData(3, "C")]
    [InlineData(2, "D")]
    [InlineData(1, "E")]
    [InlineData(0, "F")]
    public void Conversion_BandsOnTheAnnualAverage(int perYear, string band)
    {
        var f = Given.GoodHnte();
        f = f.WithYears(f.Years.Select(y => y with { Conversions = perYear }).ToArray());
        Assert.Equal(band, Given.Hnte2016(f).Item("conversion").Band);
    }

    [Fact]
    public void Conversion_AverageJustBelowFour_IsC_AndMissingYearGivesRange()
    {
        var f = Given.GoodHnte();
        var c = f.WithYears(f.Years[0] with { Conversions = 4 }, f.Years[1] with { Conversions = 4 }, f.Years[2] with { Conversions = 3 });
        Assert.Equal("C", Given.Hnte2016(c).Item("conversion").Band); // 11 / 3 = 3.67
        var m = f.WithYears(f.Years[0] with { Conversions = null }, f.Years[1], f.Years[2]);
        Assert.Equal(((string?)null, 0, 30), (Given.Hnte2016(m).Item("conversion").Band, Given.Hnte2016(m).Item("conversion").Min, Given.Hnte2016(m).Item("conversion").Max));
    }

    private static EnterpriseFacts Scored(int talent) => Given.GoodHnte() with { SelfAssessment = new SelfAssessmentFacts("C", "C", 6, 6, talent, 0) };

    [Fact]
    public void InnovationScore_MinimumOf71Passes_70IsUndetermined()
    {
        // IP 3 + 3 + 7 + 1 + 0 = 14, conversion 25, management 6 + 6 + 2 + 0 = 14, growth 9 + 9 = 18 → 71
        var pass = Given.Hnte2016(Scored(2));
        Assert.Equal(71, pass.Score!.Min);
        Assert.Equal(Pass, pass.Condition("innovation-score").Status);
        var open = Given.Hnte2016(Scored(1));
        Assert.Equal(70, open.Score!.Min);
        Assert.Equal(Unknown, open.Condition("innovation-score").Status);
        Assert.Equal(Verdict.Undetermined, open.Verdict);
    }

    [Fact]
    public void InnovationScore_MaximumBelow71Fails_GapInPoints()
    {
        var f = Given.GoodHnte() with { Ip = [], SelfAssessment = new SelfAssessmentFacts(null, null, 0, 0, 0, 0) };
        f = f.WithYears(f.Years.Select(y => y with { Conversions = 0 }).ToArray());
        var a = Given.Hnte2016(f);
        Assert.Equal(Fail, a.Condition("innovation-score").Status);
        Assert.True(a.Score!.Max < 71);
        var gap = a.Gaps.Single(g => g.Id == "innovation-score");
        Assert.Equal((71m - a.Score.Max, "points"), (gap.Amount, gap.Unit));
    }
}
