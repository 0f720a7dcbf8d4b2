using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Enterprises;

public class ListEnterprisesTests
{
    private static async Task SeedAsync(TestDatabase t)
    {
        await using var db = t.NewContext();
        var j = await db.Jurisdictions.ToDictionaryAsync(x => x.Name, x => x.Id);
        Enterprise E(int n, string name, string jurisdiction, string? field) => new()
        {
            Uscc = Uscc.Complete("913301050000" + n.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)),
            Name = name, JurisdictionId = j[jurisdiction], HightechField = field,
        };
        var a = E(1, "杭州云帆软件有限公司", "祥符", "101");
        a.Years.Add(new FiscalYear { Year = 2019, SalesRevenue = 100m });
        a.Years.Add(new FiscalYear { Year = 2020, SalesRevenue = 200m, RdExpense = 20m });
        a.Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR201933000001", IssuedOn = new DateOnly(2019, 12, 2) });
        var b = E(2, "杭州星河生物科技有限公司", "园区", "201");
        b.Qualifications.Add(new Qualification { Kind = "zj-tech-sme", Number = "ZJ1", IssuedOn = new DateOnly(2019, 6, 1) });
        var c = E(3, "杭州运河贸易有限公司", "祥符", HightechFields.None);
        db.Enterprises.AddRange(a, b, c);
        for (var i = 10; i < 35; i++) db.Enterprises.Add(E(i, $"杭州批量企业{i}有限公司", "上塘", null));
        await db.SaveChangesAsync();
    }

    [Theory, Providers]
    public async Task Filters_ByNameUsccJurisdictionFieldAndQualification(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        var list = t.Get<ListEnterprises>();
        async Task<string[]> Names(EnterpriseFilter f) => (await list.ExecuteAsync(f, 1, 50)).Items.Select(i => i.Name).ToArray();

        Assert.Equal(["杭州云帆软件有限公司"], await Names(new("云帆")));
        Assert.Equal(["杭州星河生物科技有限公司"], await Names(new(Uscc.Complete("91330105000000002")[..17].ToLowerInvariant())));
        Assert.Equal(["杭州云帆软件有限公司", "杭州运河贸易有限公司"], await Names(new(Jurisdiction: "祥符")));
        Assert.Equal(["杭州星河生物科技有限公司"], await Names(new(Field: "2")));
        Assert.Equal(["杭州云帆软件有限公司"], await Names(new(Field: "101")));
        Assert.Equal(["杭州运河贸易有限公司"], await Names(new(Field: HightechFields.None)));
        Assert.Equal(["杭州云帆软件有限公司"], await Names(new(Qualification: "hnte")));
        Assert.Empty(await Names(new(Q: "云帆", Jurisdiction: "园区")));
    }

    [Theory, Providers]
    public async Task Pages_AreStableAndCarryTheLatestYear(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        var list = t.Get<ListEnterprises>();
        var p1 = await list.ExecuteAsync(new(), 1, 10);
        var p3 = await list.ExecuteAsync(new(), 3, 10);
        Assert.Equal(28, p1.Total);
        Assert.Equal(10, p1.Items.Count);
        Assert.Equal(8, p3.Items.Count);
        var all = (await list.ExecuteAsync(new(), 1, 200)).Items;
        Assert.Equal(28, all.Select(i => i.Id).Distinct().Count());
        Assert.Equal("上塘", all[0].Jurisdiction); // task-table order: 上塘 first, 园区 last
        Assert.Equal("园区", all[^1].Jurisdiction);
        var yunfan = all.Single(i => i.Name.Contains("云帆", StringComparison.Ordinal));
        Assert.Equal((2020, 200m, 20m), (yunfan.LatestYear, yunfan.LatestSalesRevenue, yunfan.LatestRdExpense));
        Assert.Equal(["hnte"], yunfan.Qualifications);
    }

    [Theory]
    [InlineData(0, 10, "页码")]
    [InlineData(1, 0, "每页条数")]
    [InlineData(1, 201, "每页条数")]
    public async Task BadPaging_IsRefusedInChinese(int page, int size, string message)
    {
        await using var t = await TestDatabase.CreateAsync("sqlite");
        var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<ListEnterprises>().ExecuteAsync(new(), page, size));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}
