using Seedbed.Core.Common;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Tests.Support;

namespace Seedbed.Core.Tests.Enterprises;

public class GetEnterpriseTests
{
    [Theory, Providers]
    public async Task Detail_HasJurisdictionName_YearsSorted_AndAllRecords(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        int id;
        await using (var db = t.NewContext())
        {
            var e = RegistryStoreTests.NewEnterprise(db.Jurisdictions.Single(j => j.Name == "半山").Id);
            e.Years.Add(new FiscalYear { Year = 2020, SalesRevenue = 300m });
            e.Years.Add(new FiscalYear { Year = 2018, SalesRevenue = 100m, RdExpense = 5.25m });
            e.Years.Add(new FiscalYear { Year = 2019, SalesRevenue = 200m });
            e.IpItems.Add(new IpItem { Kind = "invention-patent", Number = "ZL201910000001.X", Status = "granted", Acquisition = "own", GrantedOn = new DateOnly(2019, 1, 2) });
            e.Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR201933000001", IssuedOn = new DateOnly(2019, 12, 1), ExpiresOn = new DateOnly(2022, 11, 30) });
            e.Incidents.Add(new Incident { Date = new DateOnly(2020, 1, 1), Kind = "major-safety" });
            e.Standards.Add(new StandardDrafting { Level = "national", Role = "lead", Year = 2019 });
            e.Awards.Add(new Award { Level = "provincial", Rank = 2, Year = 2018 });
            e.RdInstitutions.Add(new RdInstitution { Level = "municipal", Name = "市级企业研发中心", RecognizedOn = new DateOnly(2017, 6, 1) });
            db.Enterprises.Add(e);
            await db.SaveChangesAsync();
            id = e.Id;
        }
        var d = await t.Get<GetEnterprise>().ExecuteAsync(id);
        Assert.NotNull(d);
        Assert.Equal("半山", d.Jurisdiction);
        Assert.Equal([2018, 2019, 2020], d.Years.Select(y => y.Year));
        Assert.Equal(5.25m, d.Years[0].RdExpense);
        Assert.Equal("ZL201910000001.X", Assert.Single(d.Ip).Number);
        Assert.Equal(new DateOnly(2022, 11, 30), Assert.Single(d.Qualifications).ExpiresOn);
        Assert.Equal("major-safety", Assert.Single(d.Incidents).Kind);
        Assert.Equal("lead", Assert.Single(d.Standards).Role);
        Assert.Equal(2, Assert.Single(d.Awards).Rank);
        Assert.Equal("市级企业研发中心", Assert.Single(d.RdInstitutions).Name);
    }

    [Theory, Providers]
    public async Task MissingEnterprise_IsNull(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        Assert.Null(await t.Get<GetEnterprise>().ExecuteAsync(99));
    }

    [Theory, Providers]
    public async Task History_IsNewestFirst_AndPaged(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var save = t.Get<SaveEnterprise>();
        var input = SaveEnterpriseTests.Input();
        var id = (await save.ExecuteAsync(null, input, "甲", "页面编辑"))!.Value;
        for (var i = 1; i <= 3; i++)
        {
            input.Name = "名称" + i;
            await save.ExecuteAsync(id, input, "乙", "接口");
        }
        var history = t.Get<GetEnterpriseHistory>();
        var first = await history.ExecuteAsync(id, 1, 2);
        Assert.NotNull(first);
        Assert.Equal(4, first.Total);
        Assert.Equal(["名称3", "名称2"], first.Items.Select(c => c.NewValue));
        Assert.Equal(DateTimeKind.Utc, first.Items[0].At.Kind);
        var last = await history.ExecuteAsync(id, 2, 2);
        Assert.Equal(["名称1", "新建：保存测试00000001（" + input.Uscc + "）"], last!.Items.Select(c => c.NewValue));
        Assert.Null(await history.ExecuteAsync(id + 1, 1, 10));
        await Assert.ThrowsAsync<SeedbedValidationException>(() => history.ExecuteAsync(id, 1, 0));
    }
}

public class CountByJurisdictionTests
{
    [Theory, Providers]
    public async Task Counts_AllJurisdictions_AndOnlyValidHnte(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await using (var db = t.NewContext())
        {
            var xf = db.Jurisdictions.Single(j => j.Name == "祥符").Id;
            var a = RegistryStoreTests.NewEnterprise(xf, "00000001");
            a.Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR1", IssuedOn = new DateOnly(2019, 1, 1), ExpiresOn = new DateOnly(2021, 12, 31) });
            var b = RegistryStoreTests.NewEnterprise(xf, "00000002");
            b.Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR2", IssuedOn = new DateOnly(2016, 1, 1), ExpiresOn = new DateOnly(2018, 12, 31) });
            db.Enterprises.AddRange(a, b, RegistryStoreTests.NewEnterprise(db.Jurisdictions.Single(j => j.Name == "园区").Id, "00000003"));
            await db.SaveChangesAsync();
        }
        var rows = await t.Get<CountByJurisdiction>().ExecuteAsync(new DateOnly(2020, 6, 30));
        Assert.Equal(11, rows.Count);
        Assert.Equal(new JurisdictionCount("祥符", 2, 1), rows.Single(r => r.Jurisdiction == "祥符"));
        Assert.Equal(new JurisdictionCount("园区", 1, 0), rows.Single(r => r.Jurisdiction == "园区"));
        Assert.Equal(new JurisdictionCount("上塘", 0, 0), rows[0]);
    }
}
