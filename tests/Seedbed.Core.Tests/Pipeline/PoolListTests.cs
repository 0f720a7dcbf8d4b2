using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Seedbed.Core.Accounts;
using Seedbed.Core.Common;
using Seedbed.Core.Pipeline;
using Seedbed.Core.Plans;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Tests.Pipeline;

/// <summary>Lists with key figures and main gap, scoping, the Excel export, the funnel and the forecast.</summary>
public class PoolListTests
{
    private static async Task<PoolSeed> AdmitAllAsync(TestDatabase t)
    {
        var s = await PoolSeed.CreateAsync(t);
        var r = await t.Get<ProposePoolMoves>().ExecuteAsync(PoolSeed.Date);
        await t.Get<DecidePoolMoves>().ExecuteAsync(r.Proposals.Select(p => p.Id).ToList(), true, null);
        await t.Get<MoveManually>().ExecuteAsync(s.Nothing, PoolTier.Reserve, "走访后纳入", PoolSeed.Date);
        return s;
    }

    [Theory, Providers]
    public async Task List_KeyFiguresAndMainGap_ScopedToTheOfficersJurisdiction(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var s = await AdmitAllAsync(t);
        var list = t.Get<ListPool>();
        var reserve = await list.ExecuteAsync(new PoolListFilter(PoolTier.Reserve), 1, 50);
        Assert.Equal(3, reserve.Total);
        var tax = reserve.Items.Single(i => i.EnterpriseId == s.ReserveByTax);
        Assert.Equal((2020, 50_000_000m, 0.04m, 200_000m), (tax.FiscalYear!.Value, tax.Revenue!.Value, tax.RdRatio!.Value, tax.IncomeTax!.Value));
        var nothing = reserve.Items.Single(i => i.EnterpriseId == s.Nothing);
        Assert.Equal(("fail", "研发费用还差 300,000 元"), (nothing.Verdict, nothing.MainGap));
        var app = Assert.Single((await list.ExecuteAsync(new PoolListFilter(PoolTier.Application), 1, 50)).Items);
        Assert.Equal((1, 0, "pass"), (app.IpClassOne, app.IpClassTwo, app.Verdict));
        Assert.Equal(2, (await list.ExecuteAsync(new PoolListFilter(null, "园区"), 1, 50)).Total);

        t.Get<AccessScopeProvider>().Current = () => AccessScope.Jurisdiction(s.XiangfuJ);
        var mine = await list.ExecuteAsync(new PoolListFilter(), 1, 50);
        Assert.Equal(["乙纳税", "戊申报", "甲已认定"], mine.Items.Select(i => i.Name).Order(StringComparer.Ordinal)); // ordinal order
        Assert.Equal(new PoolSummaryView(1, 1, 1, 0, 0), await t.Get<PoolSummary>().ExecuteAsync());
        Assert.Null(await t.Get<GetPoolStatus>().ExecuteAsync(s.ReserveByQualification));
        await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<MoveManually>().ExecuteAsync(s.ReserveByQualification, PoolTier.Exited, "越权", PoolSeed.Date));
        Assert.Empty((await t.Get<ListProposals>().ExecuteAsync(ProposalStatus.Approved, "园区", 1, 50)).Items);
    }

    [Theory, Providers]
    public async Task Export_IsAReadableWorkbook_AndAudited(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await AdmitAllAsync(t);
        using var ms = new MemoryStream();
        Assert.Equal(3, await t.Get<ExportPool>().ExecuteAsync(new PoolListFilter(PoolTier.Reserve), ms));
        ms.Position = 0;
        var rows = ms.Query(useHeaderRow: true, sheetName: ExportPool.SheetName).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("储备库", r["所在库"]));
        Assert.Contains(rows, r => (string?)r["主要差距"] == "研发费用还差 300,000 元");
        await using var db = t.NewContext();
        var audit = await db.AuditRecords.SingleAsync(r => r.Action == "export");
        Assert.Equal(("pools", "zhang"), (audit.Target, audit.User));
    }

    [Theory, Providers]
    public async Task Funnel_AndForecast_FromTheMoveHistory(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var s = await PoolSeed.CreateAsync(t);
        var forecast = t.Get<PoolForecast>();
        var none = await forecast.ExecuteAsync(2020, new DateOnly(2019, 6, 1));
        Assert.True(none.DefaultRate);
        Assert.Equal(0.5m, none.ConversionRate);

        var m = t.Get<MoveManually>();
        await m.ExecuteAsync(s.ReserveByTax, PoolTier.Reserve, "r", new(2019, 3, 1));
        await m.ExecuteAsync(s.ReserveByTax, PoolTier.Application, "r", new(2019, 9, 1));
        await m.ExecuteAsync(s.Application, PoolTier.Application, "r", new(2019, 5, 1));
        await m.ExecuteAsync(s.ReserveByQualification, PoolTier.Application, "r", new(2019, 5, 1));
        await m.ExecuteAsync(s.ReserveByTax, PoolTier.Certified, "r", new(2020, 12, 1));

        var funnel = await t.Get<PoolFunnel>().ExecuteAsync();
        var d2019 = funnel.Single(f => f.Year == 2019 && f.Jurisdiction == PoolFunnel.District);
        Assert.Equal((1, 3, 0), (d2019.Reserve, d2019.Application, d2019.Certified));
        var d2020 = funnel.Single(f => f.Year == 2020 && f.Jurisdiction == PoolFunnel.District);
        Assert.Equal((0, 3, 1), (d2020.Reserve, d2020.Application, d2020.Certified));
        Assert.Equal((0, 1, 0), funnel.Where(f => f.Year == 2020 && f.Jurisdiction == "园区").Select(f => (f.Reserve, f.Application, f.Certified)).Single());

        // 2020: three in the application pool on 1 January, one certified during the year → 1/3; two left for 2021
        var next = await forecast.ExecuteAsync(2021, new DateOnly(2020, 12, 31));
        Assert.False(next.DefaultRate);
        Assert.Equal((0.3333m, 3, 1), (next.ConversionRate, next.ObservedPool, next.ObservedCertified));
        var district = next.Rows[0];
        Assert.Equal((PoolFunnel.District, 2, 0.7m), (district.Jurisdiction, district.ApplicationPool, district.Forecast));
        Assert.Null(district.Committed);   // no plan loaded: no targets, and it says so
        Assert.Null(next.Plan);

        await t.Get<LoadDefaultPlan>().ExecuteAsync();
        var y2020 = await forecast.ExecuteAsync(2020, new DateOnly(2020, 1, 1));
        Assert.Equal("拱墅区高新技术企业培育三年行动方案（2018-2020年）", y2020.Plan);
        Assert.Equal((52, 63), (y2020.Rows[0].Committed!.Value, y2020.Rows[0].Stretch!.Value));   // 全区 targets of 2020 in the task table
        Assert.Equal((5, 7), y2020.Rows.Where(r => r.Jurisdiction == "祥符").Select(r => (r.Committed!.Value, r.Stretch!.Value)).Single());
        Assert.Null((await forecast.ExecuteAsync(2021, new DateOnly(2020, 12, 31))).Rows[0].Committed);   // the plan ends in 2020
    }
}
