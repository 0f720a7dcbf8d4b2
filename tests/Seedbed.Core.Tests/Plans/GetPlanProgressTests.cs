using Seedbed.Core.Enterprises;
using Seedbed.Core.Plans;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Plans;

/// <summary>Actuals, completion, time adjustment, lights, ranking and projection on <see cref="ProgressSeed"/>.</summary>
public class GetPlanProgressTests
{
    private static async Task<PlanProgress> Progress(TestDatabase t, string period, DateOnly? today = null) =>
        (await t.Get<GetPlanProgress>().ExecuteAsync(null, PlanPeriod.Parse(period), today ?? ProgressSeed.After))!;

    private static ProgressRow Row(IndicatorProgress i, string? jurisdiction) => i.Rows.Single(r => r.Jurisdiction == jurisdiction);
    private static IndicatorProgress Hnte(PlanProgress p) => p.Indicators.Single(i => i.Code == "hnte");

    [Theory, Providers]
    public async Task HnteFlow_CountsFirstCertificatesOnly_ByQuarter(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await ProgressSeed.CreateAsync(t);
        foreach (var (period, xiangfu, shangtang) in new[] { ("2019Q1", 1, 0), ("2019Q2", 1, 1), ("2019Q3", 1, 2), ("2019Q4", 2, 2), ("2019", 2, 2) })
        {
            var hnte = Hnte(await Progress(t, period));
            Assert.Equal(TargetKinds.Flow, hnte.Kind);
            Assert.True(xiangfu == Row(hnte, "祥符").Actual, $"{period} 祥符");
            Assert.True(shangtang == Row(hnte, "上塘").Actual, $"{period} 上塘");
            Assert.Equal(0m, Row(hnte, "园区").Actual);
            Assert.Equal(xiangfu + shangtang, Row(hnte, null).Actual);
            Assert.Null(hnte.Rows[0].Jurisdiction);
            Assert.Equal(12, hnte.Rows.Count);
        }
        Assert.Equal(0m, Row(Hnte(await Progress(t, "2018")), null).Actual);
    }

    [Theory, Providers]
    public async Task AnEnterpriseWithAFarOutId_IsCountedInItsJurisdiction(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var seed = await ProgressSeed.CreateAsync(t);
        await using (var db = t.NewContext())
        {
            // ids are dense in practice; one far beyond the number of enterprises takes the dictionary path of the counting
            var far = new Enterprise { Id = 50_000_000, Uscc = Uscc.Complete("91330105FAR000001"), Name = "远号企业", JurisdictionId = seed.Shangtang };
            far.Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR2019FAR", IssuedOn = new(2019, 8, 1), ExpiresOn = new(2022, 7, 31) });
            db.Enterprises.Add(far);
            await db.SaveChangesAsync();
        }
        var hnte = Hnte(await Progress(t, "2019"));
        Assert.Equal(3m, Row(hnte, "上塘").Actual);
        Assert.Equal(2m, Row(hnte, "祥符").Actual);
        Assert.Equal(5m, Row(hnte, null).Actual);
    }

    [Theory, Providers]
    public async Task HnteLevel_CountsValidCertificatesOncePerEnterprise_NotLapsedOnes(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await ProgressSeed.CreateAsync(t);
        foreach (var (period, xiangfu, shangtang) in new[] { ("2018", 2, 0), ("2019Q1", 2, 0), ("2019Q3", 2, 2), ("2019", 3, 2) })
        {
            var level = Hnte(await Progress(t, period)).LevelProgress!;
            Assert.Equal(TargetKinds.Level, level.Kind);
            Assert.True(xiangfu == Row(level, "祥符").Actual, $"{period} 祥符");
            Assert.True(shangtang == Row(level, "上塘").Actual, $"{period} 上塘");
            Assert.Equal(xiangfu + shangtang, Row(level, null).Actual);
        }
    }

    [Theory, Providers]
    public async Task Completion_IsTimeAdjusted_WithLightsAndCompetitionRanks(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await ProgressSeed.CreateAsync(t);
        var q2 = Hnte(await Progress(t, "2019Q2"));
        var xiangfu = Row(q2, "祥符");
        Assert.Equal((3m, 5m, 1.5m, 1m), (xiangfu.Committed!.Value, xiangfu.Stretch!.Value, xiangfu.Expected!.Value, xiangfu.Actual!.Value));
        Assert.Equal((0.3333m, 0.2m, 0.6667m, Lights.Red), (xiangfu.Completion!.Value, xiangfu.StretchCompletion!.Value, xiangfu.TimeAdjustedCompletion!.Value, xiangfu.Light));
        var shangtang = Row(q2, "上塘");
        Assert.Equal((1m, 1m, Lights.Green, 1), (shangtang.Expected!.Value, shangtang.TimeAdjustedCompletion!.Value, shangtang.Light, shangtang.Rank!.Value));
        Assert.Equal(2, xiangfu.Rank);
        // the nine jurisdictions with nothing yet share rank 3
        Assert.Equal(9, q2.Rows.Count(r => r.Rank == 3));
        Assert.Null(Row(q2, null).Rank);
        Assert.Equal(20m, Row(q2, null).Expected);

        var year = Hnte(await Progress(t, "2019"));
        Assert.Equal(3m, Row(year, "祥符").Expected);
        Assert.Equal(0.6667m, Row(year, "祥符").TimeAdjustedCompletion);

        // levels: district 2018 starts from the baseline (107 → 135), 2019 from the 2018 target (135 → 175)
        Assert.Equal(121m, Row(Hnte(await Progress(t, "2018Q2")).LevelProgress!, null).Expected);
        Assert.Equal(145m, Row(Hnte(await Progress(t, "2019Q1")).LevelProgress!, null).Expected);
        Assert.Equal(14.5m, Row(Hnte(await Progress(t, "2019Q2")).LevelProgress!, "祥符").Expected);
    }

    [Theory, Providers]
    public async Task OpenPeriod_CountsToToday_AndAdjustsByTheDaysElapsed(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await ProgressSeed.CreateAsync(t);
        var today = new DateOnly(2019, 8, 15);
        var p = await Progress(t, "2019Q3", today);
        Assert.Equal(today, p.AsOf);
        var shangtang = Row(Hnte(p), "上塘");
        Assert.Equal((1.24m, 2m, 1.6129m), (shangtang.Expected!.Value, shangtang.Actual!.Value, shangtang.TimeAdjustedCompletion!.Value));
        Assert.Equal(1.24m, Row(Hnte(await Progress(t, "2019Q4", today)), "上塘").Expected);
        var future = Row(Hnte(await Progress(t, "2020", today)), "上塘");
        Assert.Equal((0m, Lights.None), (future.Expected!.Value, future.Light));
    }

    [Theory, Providers]
    public async Task Projection_AddsTheRemainingApplicationPoolTimesTheObservedRate(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await ProgressSeed.CreateAsync(t);
        var q2 = Hnte(await Progress(t, "2019Q2"));
        // rate 1/2 (2018: X1, X2 in the pool on 1 January, X1 certified); left on 30 June: X2 (祥符), G (上塘) — E is certified
        Assert.Equal(1.5m, Row(q2, "祥符").Projection);
        Assert.Equal(1.5m, Row(q2, "上塘").Projection);
        Assert.Equal(3.0m, Row(q2, null).Projection);
        Assert.Equal(0m, Row(q2, "园区").Projection);
        Assert.Contains("50.0", q2.ProjectionNote, StringComparison.Ordinal);
        var year = Hnte(await Progress(t, "2019"));
        Assert.Equal(2m, Row(year, "祥符").Projection);
        Assert.Null(Row(q2.LevelProgress!, "祥符").Projection);
        Assert.All((await Progress(t, "2019Q2")).Indicators.Where(i => i.Code != "hnte"), i => Assert.All(i.Rows, r => Assert.Null(r.Projection)));
    }

    [Theory, Providers]
    public async Task HandEntered_LatestEntryWins_QuarterEntriesUpToThePeriod_WholeYearByItsDate(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await ProgressSeed.CreateAsync(t);
        decimal? Maker(PlanProgress p, string? j) => p.Indicators.Single(i => i.Code == "maker-spaces").Rows.SingleOrDefault(r => r.Jurisdiction == j)?.Actual;
        Assert.Equal(1m, Maker(await Progress(t, "2019Q1"), null));
        var q2 = await Progress(t, "2019Q2");
        Assert.Equal(4m, Maker(q2, null));
        var row = Row(q2.Indicators.Single(i => i.Code == "maker-spaces"), null);
        Assert.Equal("区科技局台账，2019-07-20", row.ActualNote);
        Assert.Equal((5m, 2.5m, 1.6m, Lights.Green), (row.Committed!.Value, row.Expected!.Value, row.TimeAdjustedCompletion!.Value, row.Light));
        Assert.Equal(4m, Maker(await Progress(t, "2019Q4"), null));
        Assert.Equal(6m, Maker(await Progress(t, "2019"), null));
        Assert.Equal(1m, Maker(q2, "祥符"));
        Assert.Equal(Lights.None, Row(q2.Indicators.Single(i => i.Code == "maker-spaces"), "祥符").Light);
        Assert.Null(Maker(await Progress(t, "2019Q1"), "祥符"));
        Assert.Null(Maker(await Progress(t, "2018"), null));

        decimal? Angel(PlanProgress p) => Row(p.Indicators.Single(i => i.Code == "angel-fund"), null).Actual;
        Assert.Null(Angel(await Progress(t, "2020Q1")));
        var angel = Row((await Progress(t, "2020Q2")).Indicators.Single(i => i.Code == "angel-fund"), null);
        Assert.Equal((1.8m, 2.5m, 0.72m, Lights.Red), (angel.Actual!.Value, angel.Expected!.Value, angel.TimeAdjustedCompletion!.Value, angel.Light));
    }

    [Theory, Providers]
    public async Task OtherComputedIndicators_AndPeriodsOutsideThePlan(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await ProgressSeed.CreateAsync(t);
        var p = await Progress(t, "2019");
        Assert.Null(p.Notice);
        Assert.Equal(1m, Row(p.Indicators.Single(i => i.Code == "rd-institutions"), "祥符").Actual);
        Assert.Equal(1m, Row(p.Indicators.Single(i => i.Code == "invention-patents"), null).Actual);
        Assert.Equal(TargetKinds.Level, p.Indicators.Single(i => i.Code == "invention-patents").Kind);

        var after = await Progress(t, "2021");
        Assert.Contains("计划期（2018–2020年）之后", after.Notice, StringComparison.Ordinal);
        Assert.All(Hnte(after).Rows, r => Assert.Equal((null, Lights.None), (r.Committed, r.Light)));
        Assert.Null(Hnte(after).LevelProgress);
        Assert.Equal(0m, Row(Hnte(after), null).Actual);
        // a flow indicator is compared with its level target only in the years that have one (市高企+省科小: 587 in 2020)
        Assert.Null(p.Indicators.Single(i => i.Code == "hz-hnte-zj-sme").LevelProgress);
        Assert.Equal(587m, Row((await Progress(t, "2020")).Indicators.Single(i => i.Code == "hz-hnte-zj-sme").LevelProgress!, null).Committed);
        Assert.Null(await t.Get<GetPlanProgress>().ExecuteAsync(9999, PlanPeriod.Parse("2019"), ProgressSeed.After));
    }
}
