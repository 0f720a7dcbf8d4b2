using Seedbed.Core.Accounts;
using Seedbed.Core.Common;
using Seedbed.Core.Plans;
using Seedbed.Core.Tests.Support;

namespace Seedbed.Core.Tests.Plans;

/// <summary>The drill-down lists: the records that count, scoped by the session while the figures stay district-wide.</summary>
public class ListIndicatorEnterprisesTests
{
    private static Task<IndicatorEnterpriseList?> List(TestDatabase t, string code, string period, string? jurisdiction, string? kind = null) =>
        t.Get<ListIndicatorEnterprises>().ExecuteAsync(null, code, PlanPeriod.Parse(period), jurisdiction, kind, ProgressSeed.After);

    [Theory, Providers]
    public async Task List_ShowsTheCountedRecords_NewestFirst(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await ProgressSeed.CreateAsync(t);
        var flow = (await List(t, "hnte", "2019", "祥符"))!;
        Assert.Equal(TargetKinds.Flow, flow.Kind);
        Assert.Equal(["丙年末", "甲首次"], flow.Page.Items.Select(i => i.Name));
        Assert.Equal(new DateOnly(2019, 12, 31), flow.Page.Items[0].Date);
        Assert.Equal("国家高新技术企业", flow.Page.Items[0].What);
        Assert.Equal("祥符", flow.Page.Items[0].Jurisdiction);
        Assert.Equal(18, flow.Page.Items[0].Uscc.Length);

        var level = (await List(t, "hnte", "2019", "祥符", TargetKinds.Level))!;
        Assert.Equal(3, level.Page.Total);
        Assert.Equal(new DateOnly(2019, 11, 20), level.Page.Items.Single(i => i.Name == "乙复审").Date);
        Assert.Equal(["己季初", "戊季末"], (await List(t, "hnte", "2019Q3", "上塘"))!.Page.Items.Select(i => i.Name));
        Assert.Equal("研发机构", (await List(t, "rd-institutions", "2019", null))!.Page.Items.Single().What);
        Assert.Equal("ZL2019A", (await List(t, "invention-patents", "2019", null))!.Page.Items.Single().Number);

        var firstPage = await t.Get<ListIndicatorEnterprises>().ExecuteAsync(null, "hnte", PlanPeriod.Parse("2019"), null, null, ProgressSeed.After, 1, 3);
        Assert.Equal((4, 3), (firstPage!.Page.Total, firstPage.Page.Items.Count));
    }

    [Theory, Providers]
    public async Task List_IsScopedToTheOfficersJurisdiction_WhileProgressStaysDistrictWide(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var seed = await ProgressSeed.CreateAsync(t);
        t.Get<AccessScopeProvider>().Current = () => AccessScope.Jurisdiction(seed.Shangtang);
        var own = (await List(t, "hnte", "2019", null))!.Page;
        Assert.Equal(["己季初", "戊季末"], own.Items.Select(i => i.Name));
        Assert.Equal(2, own.Total);   // counted on its own context, with the same scope
        Assert.Equal(0, (await List(t, "hnte", "2019", "祥符"))!.Page.Total);

        var progress = await t.Get<GetPlanProgress>().ExecuteAsync(null, PlanPeriod.Parse("2019"), ProgressSeed.After);
        var hnte = progress!.Indicators.Single(i => i.Code == "hnte");
        Assert.Equal(2m, hnte.Rows.Single(r => r.Jurisdiction == "祥符").Actual);
        Assert.Equal(4m, hnte.Rows[0].Actual);
        Assert.Equal(1.5m, (await t.Get<GetPlanProgress>().ExecuteAsync(null, PlanPeriod.Parse("2019Q2"), ProgressSeed.After))!
            .Indicators.Single(i => i.Code == "hnte").Rows.Single(r => r.Jurisdiction == "祥符").Projection);
    }

    [Theory, Providers]
    public async Task List_RefusesHandEnteredIndicatorsAndUnknownJurisdictions_UnknownIndicatorIsNull(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await ProgressSeed.CreateAsync(t);
        var manual = await Assert.ThrowsAsync<SeedbedValidationException>(() => List(t, "maker-spaces", "2019", null));
        Assert.Contains("手工填报", manual.Message, StringComparison.Ordinal);
        var place = await Assert.ThrowsAsync<SeedbedValidationException>(() => List(t, "hnte", "2019", "不存在街道"));
        Assert.Contains("不存在街道", place.Message, StringComparison.Ordinal);
        Assert.Null(await List(t, "no-such-indicator", "2019", null));
    }
}
