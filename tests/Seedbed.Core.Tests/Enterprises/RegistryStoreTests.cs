using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Enterprises;

/// <summary>The database layer on both providers: schema, seed, money to the fen, uniqueness, history.</summary>
public class RegistryStoreTests
{
    internal static Enterprise NewEnterprise(int jurisdictionId, string seq = "00000001") => new()
    {
        Uscc = Uscc.Complete("91330105" + seq + "0"), Name = "测试企业" + seq, JurisdictionId = jurisdictionId,
        RegisteredOn = new DateOnly(2015, 3, 1), HightechField = "101",
    };

    [Theory, Providers]
    public async Task Migrate_SeedsTheElevenJurisdictionsOfTheTaskTable(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await using var db = t.NewContext();
        var names = await db.Jurisdictions.OrderBy(j => j.SortOrder).Select(j => j.Name).ToListAsync();
        Assert.Equal(["上塘", "祥符", "半山", "康桥", "米市巷", "湖墅", "小河", "拱宸桥", "和睦", "大关", "园区"], names);
        Assert.Equal(JurisdictionKind.Park, (await db.Jurisdictions.SingleAsync(j => j.Name == "园区")).Kind);
    }

    [Theory, Providers]
    public async Task Money_IsKeptToTheFenAndSortsNumerically(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        int id;
        await using (var db = t.NewContext())
        {
            var e = NewEnterprise(db.Jurisdictions.First().Id);
            e.Years.Add(new FiscalYear { Year = 2019, SalesRevenue = 123456789.12m, RdExpense = 9.5m });
            e.Years.Add(new FiscalYear { Year = 2020, SalesRevenue = 99.99m });
            db.Enterprises.Add(e);
            await db.SaveChangesAsync();
            id = e.Id;
        }
        await using (var db = t.NewContext())
        {
            var years = await db.FiscalYears.Where(y => y.EnterpriseId == id).OrderBy(y => y.SalesRevenue).ToListAsync();
            Assert.Equal([2020, 2019], years.Select(y => y.Year));
            Assert.Equal(123456789.12m, years[1].SalesRevenue);
            Assert.Equal(9.5m, years[1].RdExpense);
            Assert.Null(years[0].RdExpense);
            Assert.Equal(1, await db.FiscalYears.CountAsync(y => y.SalesRevenue > 100m));
        }
    }

    [Theory, Providers]
    public async Task Uscc_IsUnique(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await using var db = t.NewContext();
        var j = db.Jurisdictions.First().Id;
        db.Enterprises.Add(NewEnterprise(j));
        await db.SaveChangesAsync();
        db.Enterprises.Add(NewEnterprise(j));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory, Providers]
    public async Task Changes_AreKeptAsHistory_WithWhoWhenFieldOldAndNew(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        int id;
        await using (var db = t.NewContext())
        {
            db.Actor = "张三";
            db.ChangeSource = "页面编辑";
            var e = NewEnterprise(db.Jurisdictions.First().Id);
            db.Enterprises.Add(e);
            await db.SaveChangesAsync();
            id = e.Id;
        }
        await using (var db = t.NewContext())
        {
            db.Actor = "李四";
            db.ChangeSource = "导入 a.xlsx";
            var e = await db.Enterprises.Include(x => x.Years).SingleAsync(x => x.Id == id);
            e.Name = "新名称";
            e.JurisdictionId = (await db.Jurisdictions.SingleAsync(x => x.Name == "园区")).Id;
            e.Years.Add(new FiscalYear { Year = 2019, RdExpense = 10m });
            await db.SaveChangesAsync();
            e.Years[0].RdExpense = 12.5m;
            await db.SaveChangesAsync();
        }
        await using (var db = t.NewContext())
        {
            var h = await db.ChangeRecords.Where(c => c.EnterpriseId == id).OrderBy(c => c.Id).ToListAsync();
            Assert.Equal(5, h.Count);
            Assert.Equal(("张三", "企业", (string?)null), (h[0].Actor, h[0].Field, h[0].OldValue));
            Assert.Contains(h, c => c is { Actor: "李四", Field: "企业名称", NewValue: "新名称", Source: "导入 a.xlsx" } && c.OldValue!.StartsWith("测试企业", StringComparison.Ordinal));
            Assert.Contains(h, c => c is { Field: "属地", OldValue: "上塘", NewValue: "园区" });
            Assert.Contains(h, c => c is { Field: "年度数据", OldValue: null, NewValue: "2019年度数据" });
            Assert.Contains(h, c => c is { Field: "年度数据[2019].研究开发费用", OldValue: "10", NewValue: "12.5" });
        }
    }
}
