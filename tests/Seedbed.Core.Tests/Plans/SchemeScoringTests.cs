using Seedbed.Core.Plans;

namespace Seedbed.Core.Tests.Plans;

/// <summary>The 考核 scoring rules at their edges, on hand-built progress (no database).</summary>
public class SchemeScoringTests
{
    private static readonly PlanPeriod Q3 = new(2019, 3);

    /// <summary>A row as the progress computation gives it: expected = committed × 0.75 (Q3).</summary>
    private static ProgressRow Row(string? j, decimal? committed, decimal? actual)
    {
        var expected = committed * Q3.YearFraction;
        return new ProgressRow(j, committed, null, expected, actual, null, null, actual / (expected is 0m ? null : expected), Lights.None, null, null, null);
    }

    private static IndicatorProgress Indicator(string code, params ProgressRow[] rows) =>
        new(code, code, "家", ActualSources.Computed, TargetKinds.Flow, true, "clause", rows);

    private static PlanProgress Progress(params IndicatorProgress[] indicators) => new(1, "计划", Q3, Q3.End, indicators);

    private static AssessmentScheme Scheme(params SchemeItem[] items) => new() { Name = "s", PeriodKind = "quarter", Items = [.. items] };

    private static SchemeItem Item(string code, decimal weight, string rule, decimal? cap = null, int order = 1) =>
        new() { IndicatorCode = code, Weight = weight, Rule = rule, Cap = cap, SortOrder = order };

    private static JurisdictionScore Of(IReadOnlyList<JurisdictionScore> scores, string j) => scores.Single(s => s.Jurisdiction == j);

    [Fact]
    public void CompletionCapped_AtItsEdges_CapExactTargetZeroTargetMissingTargetMissingActual()
    {
        // Q3: committed 4 → expected 3
        var p = Progress(Indicator("hnte", Row(null, 20, 9), Row("甲", 4, 6), Row("乙", 4, 3.6m), Row("丙", 4, 3), Row("丁", 4, 1),
            Row("戊", 0, 2), Row("己", null, 0), Row("庚", 4, null)));
        var s = SchemeScoring.Score(p, Scheme(Item("hnte", 60, ScoringRules.CompletionCapped, 1.2m)));

        Assert.Equal(7, s.Count);   // the district row is not scored
        Assert.DoesNotContain(s, x => x.Jurisdiction is null);
        Assert.Equal(72m, Of(s, "甲").Total);                 // 200 % capped at 120 %
        Assert.Equal(2m, Of(s, "甲").Items[0].Basis);
        Assert.Equal("完成率封顶120%", Of(s, "甲").Items[0].Note);
        Assert.Equal(72m, Of(s, "乙").Total);                 // exactly 120 %
        Assert.Null(Of(s, "乙").Items[0].Note);
        Assert.Equal(60m, Of(s, "丙").Total);                 // exactly the target
        Assert.Equal(20m, Of(s, "丁").Total);                 // 1 ÷ 3
        Assert.Equal(0.3333m, Of(s, "丁").Items[0].Basis);
        Assert.Equal(60m, Of(s, "戊").Total);                 // zero target: done, no bonus
        Assert.Equal(60m, Of(s, "己").Total);                 // no target: done
        Assert.Equal("无序时任务数，按完成计", Of(s, "己").Items[0].Note);
        Assert.Equal(0m, Of(s, "庚").Total);                  // actual unknown: 0, basis unknown
        Assert.Null(Of(s, "庚").Items[0].Basis);
    }

    [Fact]
    public void Threshold_GivesTheWeightFromExactlyTheTarget()
    {
        var p = Progress(Indicator("x", Row("甲", 4, 3), Row("乙", 4, 2.99m), Row("丙", 0, 0), Row("丁", 4, null)));
        var s = SchemeScoring.Score(p, Scheme(Item("x", 10, ScoringRules.Threshold)));
        Assert.Equal(10m, Of(s, "甲").Total);
        Assert.Equal(0m, Of(s, "乙").Total);
        Assert.Equal(10m, Of(s, "丙").Total);
        Assert.Equal(0m, Of(s, "丁").Total);
    }

    [Fact]
    public void RelativeToBest_SharesOfTheBest_AllZeroIsZero()
    {
        var p = Progress(Indicator("x", Row(null, null, 30), Row("甲", null, 12), Row("乙", null, 4), Row("丙", null, 0), Row("丁", null, null)),
            Indicator("y", Row("甲", null, 0), Row("乙", null, 0), Row("丙", null, 0), Row("丁", null, 0)));
        var s = SchemeScoring.Score(p, Scheme(Item("x", 25, ScoringRules.RelativeToBest), Item("y", 15, ScoringRules.RelativeToBest, order: 2)));
        Assert.Equal(25m, Of(s, "甲").Total);
        Assert.Equal(8.33m, Of(s, "乙").Total);               // 25 × 4 ÷ 12 = 8.333… → 8.33
        Assert.Equal(0m, Of(s, "丙").Total);
        Assert.Equal(0m, Of(s, "丁").Total);
        Assert.All(s, x => Assert.Equal(0m, x.Items[1].Points));
        Assert.Equal("各属地实绩均为0，不得分", Of(s, "甲").Items[1].Note);
    }

    [Fact]
    public void Weights_AddUpOverItems_AndPointsAreRoundedBeforeTheTotal()
    {
        // 甲: 60 × 1/3 = 20 (exact 19.999… → 20.00) ; 25 × 2/3 = 16.666… → 16.67 ; total 36.67
        var p = Progress(Indicator("hnte", Row("甲", 4, 1), Row("乙", 4, 3)), Indicator("b", Row("甲", null, 2), Row("乙", null, 3)));
        var s = SchemeScoring.Score(p, Scheme(Item("hnte", 60, ScoringRules.CompletionCapped, 1.2m), Item("b", 25, ScoringRules.RelativeToBest, order: 2)));
        Assert.Equal(36.67m, Of(s, "甲").Total);
        Assert.Equal([20m, 16.67m], Of(s, "甲").Items.Select(i => i.Points));
        Assert.Equal(85m, Of(s, "乙").Total);
        Assert.Equal(["乙", "甲"], s.Select(x => x.Jurisdiction));
        Assert.Equal(Of(s, "甲").Items.Sum(i => i.Points), Of(s, "甲").Total);
    }

    [Fact]
    public void Ties_ShareARank_AndTheNextRankSkips_InRegistryOrder()
    {
        var p = Progress(Indicator("x", Row("甲", 4, 1), Row("乙", 4, 3), Row("丙", 4, 3), Row("丁", 4, 2), Row("戊", 4, 1)));
        var s = SchemeScoring.Score(p, Scheme(Item("x", 100, ScoringRules.CompletionCapped, 1.2m)));
        Assert.Equal(["乙", "丙", "丁", "甲", "戊"], s.Select(x => x.Jurisdiction));
        Assert.Equal([1, 1, 3, 4, 4], s.Select(x => x.Rank));
    }

    [Fact]
    public void AnIndicatorMissingFromTheProgress_ScoresZero_WithANote()
    {
        var p = Progress(Indicator("hnte", Row("甲", 4, 3)));
        var s = SchemeScoring.Score(p, Scheme(Item("hnte", 60, ScoringRules.CompletionCapped, 1.2m), Item("gone", 40, ScoringRules.Threshold, order: 2)));
        Assert.Equal(60m, s.Single().Total);
        Assert.Equal("计划中没有该指标，不计分", s.Single().Items[1].Note);
    }
}
