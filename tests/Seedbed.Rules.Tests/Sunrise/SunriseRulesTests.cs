using System.Security.Cryptography;
using Seedbed.Rules.Sunrise;

namespace Seedbed.Rules.Tests.Sunrise;

/// <summary>The Sunrise scorecard data, the score aggregation, the ranking tie-break and the quota rule.</summary>
public class SunriseRulesTests
{
    private static string RulesDir => Path.Combine(AppContext.BaseDirectory, "rules");
    internal static Scorecard Card => Scorecard.Parse(File.ReadAllText(Path.Combine(RulesDir, "sunrise-scorecard-2019.v1.json")));

    /// <summary>Points giving a reviewer total of exactly <paramref name="total"/> (every criterion total/10).</summary>
    internal static IReadOnlyDictionary<string, decimal> Uniform(decimal total) => Card.Criteria.ToDictionary(c => c.Id, _ => total / 10m);

    [Fact]
    public void Scorecard_HasSourcesGuidanceAndSumsTo100()
    {
        var card = Card;
        Assert.Equal("sunrise-scorecard-2019", card.Id);
        Assert.Equal(35, card.DefaultQuota);
        Assert.Equal(100m, card.MaxTotal);
        Assert.All(card.Criteria, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Guidance));
            Assert.True(c.Source.StartsWith("plan:", StringComparison.Ordinal) || c.Source == "decision: docs/sunrise.md", c.Source);
        });
        Assert.All(card.TieBreak, id => Assert.Contains(card.Criteria, c => c.Id == id));
    }

    [Theory]
    [InlineData("sunrise-scorecard-2019.v1.json")]
    [InlineData("sunrise-monitoring.v1.json")]
    public void SunriseFiles_AreLockedAndNeverEditedInPlace(string file)
    {
        var locked = File.ReadAllLines(Path.Combine(RulesDir, "rulesets.lock"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split("  ")).ToDictionary(p => p[1], p => p[0]);
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RulesDir, file))));
        Assert.True(locked.TryGetValue(file, out var expected), $"{file} is not in rules/rulesets.lock");
        Assert.Equal(expected, hash);
    }

    [Fact]
    public void ReviewerTotal_IsTheWeightedSum()
    {
        var points = new Dictionary<string, decimal> { ["growth"] = 8, ["innovation"] = 7.5m, ["market"] = 6, ["team"] = 9, ["financing"] = 5.5m };
        // 8×2.5 + 7.5×2.5 + 6×2 + 9×1.5 + 5.5×1.5 = 20 + 18.75 + 12 + 13.5 + 8.25
        Assert.Equal(72.5m, Card.Total(points));
        Assert.Empty(Card.Check(points));
    }

    [Fact]
    public void Check_NamesMissingOutOfRangeAndTooPrecisePoints()
    {
        var issues = Card.Check(new Dictionary<string, decimal> { ["growth"] = 11, ["innovation"] = 7.25m, ["market"] = -1, ["team"] = 5 });
        Assert.Contains(issues, i => i.Message == "“成长性”得分应在0至10之间");
        Assert.Contains(issues, i => i.Message == "“技术创新能力”得分最多保留1位小数");
        Assert.Contains(issues, i => i.Message == "“融资能力与资本关注度”未打分");
        Assert.Contains(issues, i => i.CriterionId == "market");
    }

    [Fact]
    public void FewerThanFiveReviewers_PlainMean()
    {
        var mean = ScoreAggregation.Mean([80m, 70m, 91m, 60m], 5, out var dropped);
        Assert.False(dropped);
        Assert.Equal(75.25m, mean);
    }

    [Fact]
    public void FiveOrMoreReviewers_DropOneHighestAndOneLowest()
    {
        var mean = ScoreAggregation.Mean([80m, 70m, 99m, 60m, 75m], 5, out var dropped);
        Assert.True(dropped);
        Assert.Equal(75m, mean); // (70 + 75 + 80) / 3
    }

    [Fact]
    public void TiedExtremes_DropOnlyOneEach_AndRoundHalfAwayFromZero()
    {
        // two highest (90) and two lowest (60): only one of each is dropped
        var mean = ScoreAggregation.Mean([90m, 90m, 60m, 60m, 70m, 71m], 5, out _);
        Assert.Equal(72.75m, mean); // (60 + 70 + 71 + 90) / 4
        Assert.Equal(66.67m, ScoreAggregation.Mean([66m, 67m, 67m], 5, out _)); // 66.666… → 66.67
        Assert.Equal(70.01m, ScoreAggregation.Mean([70.005m, 70.005m], 5, out _)); // midpoint rounds away from zero
    }

    [Fact]
    public void Ranking_OnlyCompleteApplications_FlagsMissingReviews()
    {
        var t0 = new DateTime(2019, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var apps = new[]
        {
            new ScoredApplication(1, t0, 3, [Uniform(70), Uniform(80), Uniform(90)]),
            new ScoredApplication(2, t0, 3, [Uniform(95), Uniform(95)]),
            new ScoredApplication(3, t0, 2, [Uniform(99), Uniform(99)]),
            new ScoredApplication(4, t0, 3, [Uniform(85), Uniform(85), Uniform(85)]),
        };
        var r = ScoreAggregation.Aggregate(Card, apps).ToDictionary(x => x.ApplicationId);
        Assert.Equal(1, r[4].Rank);
        Assert.Equal(2, r[1].Rank);
        Assert.Equal(80m, r[1].Score);
        Assert.Null(r[2].Rank);
        Assert.Equal("评审未完成（2/3）", r[2].NotRankedReason);
        Assert.Null(r[3].Rank);
        Assert.Equal("评审专家不足3名（已分配2名）", r[3].NotRankedReason);
    }

    [Fact]
    public void Ranking_TieBreak_GrowthThenInnovationThenEarlierApplication()
    {
        var t0 = new DateTime(2019, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        // both total 80: A has growth 9 (9×2.5 + 7×2.5 + 8×2 + 8×1.5 + 8×1.5 = 22.5+17.5+16+12+12 = 80), B growth 8
        var a = new Dictionary<string, decimal> { ["growth"] = 9, ["innovation"] = 7, ["market"] = 8, ["team"] = 8, ["financing"] = 8 };
        var b = Uniform(80);
        Assert.Equal(80m, Card.Total(a));
        var apps = new[]
        {
            new ScoredApplication(10, t0, 3, [b, b, b]),
            new ScoredApplication(11, t0.AddDays(1), 3, [a, a, a]),
            new ScoredApplication(12, t0.AddDays(2), 3, [b, b, b]),
        };
        var r = ScoreAggregation.Aggregate(Card, apps);
        Assert.Equal([11, 10, 12], r.Select(x => x.ApplicationId));
        Assert.Equal([1, 2, 3], r.Select(x => x.Rank!.Value));
    }

    [Theory]
    [InlineData(35, 40, 35, true)]   // exactly the quota
    [InlineData(35, 40, 38, true)]   // more than the quota
    [InlineData(35, 40, 34, false)]  // below the quota
    [InlineData(35, 20, 20, true)]   // fewer ranked than the quota: all of them
    [InlineData(35, 20, 19, false)]  // … but not fewer
    public void Quota(int quota, int ranked, int approving, bool allowed)
    {
        Assert.Equal(allowed, QuotaRule.Check(quota, ranked, approving) is null);
    }

    [Fact]
    public void Quota_Messages_AreChineseAndExplainTheShortfall()
    {
        Assert.Equal("批准数量34家少于年度名额35家（旭日计划每年评审认定不少于35家）", QuotaRule.Check(35, 40, 34));
        Assert.Equal("本批次完成评审的申请只有20家，少于年度名额35家，可全部批准", QuotaRule.ShortfallNote(35, 20));
        Assert.Null(QuotaRule.ShortfallNote(35, 35));
        Assert.Equal(20, QuotaRule.Minimum(35, 20));
    }
}
