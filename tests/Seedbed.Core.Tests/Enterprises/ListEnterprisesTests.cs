using Seedbed.Core.Common;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Tests.Support;

namespace Seedbed.Core.Tests.Enterprises;

public class ListEnterprisesTests
{
    [Theory, Providers]
    public async Task List_ShowsLatestYear_FiltersAndPages(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await using (var db = t.NewContext())
        {
            var xf = db.Jurisdictions.Single(j => j.Name == "祥符").Id;
            for (var i = 1; i <= 3; i++)
            {
                var e = RegistryStoreTests.NewEnterprise(xf, $"0000000{i}");
                e.Years.Add(new FiscalYear { Year = 2018, SalesRevenue = 1m * i, RdExpense = 0.5m });
                e.Years.Add(new FiscalYear { Year = 2019, SalesRevenue = 10m * i, RdExpense = 1.5m });
                if (i == 2) e.Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR" + i, IssuedOn = new DateOnly(2019, 1, 1) });
                db.Enterprises.Add(e);
            }
            db.Enterprises.Add(RegistryStoreTests.NewEnterprise(db.Jurisdictions.Single(j => j.Name == "园区").Id, "00000009"));
            await db.SaveChangesAsync();
        }
        var list = t.Get<ListEnterprises>();
        var all = await list.ExecuteAsync(new EnterpriseFilter(), 1, 2);
        Assert.Equal(4, all.Total);
        Assert.Equal(["测试企业00000001", "测试企业00000002"], all.Items.Select(i => i.Name));
        Assert.Equal((2019, 10m, 1.5m), (all.Items[0].LatestYear, all.Items[0].LatestSalesRevenue, all.Items[0].LatestRdExpense));
        var second = await list.ExecuteAsync(new EnterpriseFilter(), 2, 2);
        Assert.Equal(["测试企业00000003", "测试企业00000009"], second.Items.Select(i => i.Name));
        Assert.Null(second.Items[1].LatestYear);
        var hnte = await list.ExecuteAsync(new EnterpriseFilter(Qualification: "hnte"), 1, 10);
        Assert.Equal("测试企业00000002", Assert.Single(hnte.Items).Name);
        Assert.Equal(["hnte"], hnte.Items[0].Qualifications);
        Assert.Equal(1, (await list.ExecuteAsync(new EnterpriseFilter(Jurisdiction: "园区"), 1, 10)).Total);
        await Assert.ThrowsAsync<SeedbedValidationException>(() => list.ExecuteAsync(new EnterpriseFilter(), 1, 201));
    }
}
