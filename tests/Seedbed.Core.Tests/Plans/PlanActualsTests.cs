using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Plans;
using Seedbed.Core.Tests.Support;

namespace Seedbed.Core.Tests.Plans;

/// <summary>Hand-entered values (checked in Chinese, audited, the latest counts), reading plans and the one active plan.</summary>
public class PlanActualsTests
{
    private static ActualInput Share(decimal? value, DateOnly? asOf, int year = 2019, int? quarter = null) =>
        new() { Indicator = "hightech-share", Year = year, Quarter = quarter, Value = value, Source = "区统计局快报", AsOf = asOf };

    [Theory, Providers]
    public async Task BadValues_AreRefusedNamingTheField_AndNothingIsStored(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var plan = (await t.Get<LoadDefaultPlan>().ExecuteAsync()).PlanId;
        var record = t.Get<RecordActual>();
        async Task<InputIssue> Refused(ActualInput input) =>
            Assert.Single((await Assert.ThrowsAsync<SeedbedValidationException>(() => record.ExecuteAsync(plan, input))).Issues);

        var computed = await Refused(Share(10, new(2020, 1, 1)) with { Indicator = "hnte" });
        Assert.Equal(("indicator", "指标“国家高新技术企业”的实际值由系统根据数据自动计算，不能手工录入"), (computed.Location, computed.Message));
        Assert.Equal("indicator", (await Refused(Share(10, new(2020, 1, 1)) with { Indicator = "nothing" })).Location);
        Assert.Contains("不在计划期（2018–2020 年）内", (await Refused(Share(70, new(2022, 1, 1), year: 2021))).Message, StringComparison.Ordinal);
        Assert.Equal("quarter", (await Refused(Share(70, new(2019, 1, 1), quarter: 5))).Location);
        Assert.Equal("value", (await Refused(Share(-1, new(2019, 1, 1)))).Location);
        Assert.Equal(("value", "比重不能超过 100%（收到 100.5）"), (await Refused(Share(100.5m, new(2019, 1, 1)))) is var p ? (p.Location, p.Message) : default);
        Assert.Equal("value", (await Refused(Share(null, new(2019, 1, 1)))).Location);
        Assert.Equal("source", (await Refused(Share(70, new(2019, 1, 1)) with { Source = " " })).Location);
        Assert.Equal("date", (await Refused(Share(70, null))).Location);
        Assert.Equal(("jurisdiction", "属地“无此街道”不存在（不填表示全区）"),
            (await Refused(Share(70, new(2019, 1, 1)) with { Jurisdiction = "无此街道" })) is var j ? (j.Location, j.Message) : default);
        var all = await Assert.ThrowsAsync<SeedbedValidationException>(() => record.ExecuteAsync(plan, Share(-2, null, year: 2030) with { Source = null }));
        Assert.Equal(["year", "value", "source", "date"], all.Issues.Select(i => i.Location));
        await Assert.ThrowsAsync<SeedbedValidationException>(() => record.ExecuteAsync(plan + 100, Share(70, new(2019, 1, 1))));

        await using var db = t.NewContext();
        Assert.Equal(0, await db.IndicatorActuals.CountAsync());
        // a growth difference in 个百分点 may be negative
        var gap = await record.ExecuteAsync(plan, new ActualInput { Indicator = "hightech-growth-gap", Year = 2019, Value = -1.2m, Source = "区统计局", AsOf = new(2020, 2, 1) });
        Assert.Equal(-1.2m, gap.Value);
    }

    [Theory, Providers]
    public async Task TheLatestValueOfAPeriodCounts_DeletingItBringsBackTheEarlierOne_AllAudited(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var plan = (await t.Get<LoadDefaultPlan>().ExecuteAsync()).PlanId;
        var record = t.Get<RecordActual>();
        var flash = await record.ExecuteAsync(plan, Share(72.0m, new(2020, 1, 20)));
        var annual = await record.ExecuteAsync(plan, Share(72.4m, new(2020, 4, 30)) with { Source = "区统计年鉴" });
        var q3 = await record.ExecuteAsync(plan, Share(71.1m, new(2019, 10, 25), quarter: 3));
        var park = await record.ExecuteAsync(plan, new ActualInput { Indicator = "maker-spaces", Year = 2019, Jurisdiction = "园区", Value = 2, Source = "园区管委会", AsOf = new(2019, 12, 31) });
        Assert.Equal("园区", park.Jurisdiction);

        var list = await t.Get<ListActuals>().ExecuteAsync(plan);
        Assert.Equal([annual.Id, flash.Id, q3.Id, park.Id], list.Select(a => a.Id));   // by indicator; the year before its quarters; newest first
        Assert.Equal([true, false, true, true], list.Select(a => a.Current));
        Assert.Equal(3, (await t.Get<ListActuals>().ExecuteAsync(plan, "hightech-share")).Count);

        Assert.True(await t.Get<DeleteActual>().ExecuteAsync(plan, annual.Id));
        Assert.False(await t.Get<DeleteActual>().ExecuteAsync(plan, annual.Id));
        Assert.False(await t.Get<DeleteActual>().ExecuteAsync(plan + 1, flash.Id));   // another plan's value
        var after = await t.Get<ListActuals>().ExecuteAsync(plan, "hightech-share");
        Assert.True(after.Single(a => a.Id == flash.Id).Current);

        await using var db = t.NewContext();
        var audit = await db.AuditRecords.Where(a => a.Target == $"plan:{plan}").OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(["create", "create", "create", "create", "create", "delete"], audit.Select(a => a.Action));
        Assert.Contains("“高新技术产业增加值占规上工业增加值比重”2019年（全区）实际值 72.4%（来源：区统计年鉴，2020-04-30）", audit[^1].Detail, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task PlansAreListedAndRead_AndOnlyOneIsActive(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var gongshu = (await t.Get<LoadDefaultPlan>().ExecuteAsync()).PlanId;
        var other = (await t.Get<ImportTargetTable>().ExecuteAsync(ImportTargetTableTests.Csv(ImportTargetTableTests.OtherDistrict), "other.csv",
            new TargetTableImport { Code = "other", Name = "某区计划" })).PlanId!.Value;

        var plans = await t.Get<ListPlans>().ExecuteAsync();
        Assert.Equal([gongshu, other], plans.Select(p => p.Id));
        Assert.Equal([true, false], plans.Select(p => p.IsActive));
        Assert.True(await t.Get<ActivatePlan>().ExecuteAsync(other));
        Assert.True(await t.Get<ActivatePlan>().ExecuteAsync(other));   // already active: nothing changes
        Assert.False(await t.Get<ActivatePlan>().ExecuteAsync(other + 100));
        Assert.Equal([other], (await t.Get<ListPlans>().ExecuteAsync()).Where(p => p.IsActive).Select(p => p.Id));

        var detail = await t.Get<GetPlan>().ExecuteAsync(gongshu);
        Assert.NotNull(detail);
        Assert.False(detail.IsActive);
        Assert.Equal(16, detail.Indicators.Count);
        var hnte = detail.Indicators[0];
        Assert.Equal(("hnte", false), (hnte.Code, hnte.IsManual));
        Assert.Equal(new TargetItem(2018, null, TargetKinds.Flow, 28, 33), hnte.Targets[0]);
        Assert.Contains("227家", hnte.SourceClause, StringComparison.Ordinal);
        Assert.True(detail.Indicators.Single(i => i.Code == "hightech-share").IsManual);
        Assert.Null(await t.Get<GetPlan>().ExecuteAsync(gongshu + 100));

        await using var db = t.NewContext();
        var activation = await db.AuditRecords.SingleAsync(a => a.Action == "update" && a.Target == $"plan:{other}");
        Assert.Contains("停用“拱墅区高新技术企业培育三年行动方案（2018-2020年）”", activation.Detail, StringComparison.Ordinal);
    }
}
