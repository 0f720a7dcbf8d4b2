using Seedbed.Core.Plans;

namespace Seedbed.Core.Tests.Plans;

/// <summary>The arithmetic of progress: year shares, time-adjusted targets, ratios, lights at their edges, ranking ties.</summary>
public class ProgressMathTests
{
    private static readonly DateOnly Later = new(2021, 1, 15);

    [Theory]
    [InlineData("2019Q1", 0.25)]
    [InlineData("2019Q2", 0.5)]
    [InlineData("2019Q3", 0.75)]
    [InlineData("2019Q4", 1.0)]
    [InlineData("2019", 1.0)]
    public void YearShare_ClosedPeriod_IsTheQuarterFraction(string period, double share) =>
        Assert.Equal((decimal)share, ProgressMath.YearShare(PlanPeriod.Parse(period), Later));

    [Fact]
    public void YearShare_OpenPeriod_IsTheShareOfDaysElapsed()
    {
        Assert.Equal(227m / 365m, ProgressMath.YearShare(PlanPeriod.Parse("2019Q3"), new DateOnly(2019, 8, 15)));
        Assert.Equal(227m / 365m, ProgressMath.YearShare(PlanPeriod.Parse("2019"), new DateOnly(2019, 8, 15)));
        Assert.Equal(1m / 366m, ProgressMath.YearShare(PlanPeriod.Parse("2020Q2"), new DateOnly(2020, 1, 1)));
        Assert.Equal(0m, ProgressMath.YearShare(PlanPeriod.Parse("2020"), new DateOnly(2019, 8, 15)));
        // the period's own end bounds the share (Q1 read in December of the same year is closed)
        Assert.Equal(0.25m, ProgressMath.YearShare(PlanPeriod.Parse("2019Q1"), new DateOnly(2019, 12, 1)));
        Assert.Equal(new DateOnly(2019, 8, 15), ProgressMath.AsOf(PlanPeriod.Parse("2019"), new DateOnly(2019, 8, 15)));
        Assert.Equal(new DateOnly(2019, 9, 30), ProgressMath.AsOf(PlanPeriod.Parse("2019Q3"), Later));
    }

    [Fact]
    public void Expected_FlowScales_LevelInterpolatesFromTheLevelBefore()
    {
        Assert.Equal(1.5m, ProgressMath.Expected(TargetKinds.Flow, 3m, null, 0.5m));
        Assert.Equal(145m, ProgressMath.Expected(TargetKinds.Level, 175m, 135m, 0.25m));
        Assert.Equal(2.5m, ProgressMath.Expected(TargetKinds.Level, 2.5m, null, 0.25m));
        Assert.Null(ProgressMath.Expected(TargetKinds.Flow, null, null, 0.5m));
        Assert.Equal(1.24m, ProgressMath.Expected(TargetKinds.Flow, 2m, null, 227m / 365m));
    }

    [Fact]
    public void Ratio_RoundsToFourDecimals_AndNeedsAPositiveTarget()
    {
        Assert.Equal(0.6667m, ProgressMath.Ratio(1m, 1.5m));
        Assert.Null(ProgressMath.Ratio(1m, 0m));
        Assert.Null(ProgressMath.Ratio(null, 3m));
        Assert.Null(ProgressMath.Ratio(1m, null));
    }

    [Theory]
    [InlineData(1.0, Lights.Green)]
    [InlineData(1.2, Lights.Green)]
    [InlineData(0.9999, Lights.Yellow)]
    [InlineData(0.8, Lights.Yellow)]
    [InlineData(0.7999, Lights.Red)]
    [InlineData(0.0, Lights.Red)]
    public void Lights_AtTheEdges(double completion, string light) => Assert.Equal(light, Lights.Of((decimal)completion));

    [Fact]
    public void Lights_NoCompletion_IsNone() => Assert.Equal(Lights.None, Lights.Of(null));

    [Fact]
    public void Ranks_TiesShareARank_AndTheNextRankSkips()
    {
        decimal?[] values = [0.5m, 1.2m, 1.2m, null, 0.5m, 0.1m];
        Assert.Equal([3, 1, 1, null, 3, 5], ProgressMath.Ranks(values));
    }
}
