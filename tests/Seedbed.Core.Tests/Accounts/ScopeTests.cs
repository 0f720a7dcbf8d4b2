using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Assessment;
using Seedbed.Core.Common;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Accounts;

/// <summary>Scoping is enforced by the data layer: a session sees and changes only what its scope allows, whatever the id.</summary>
public class ScopeTests
{
    private static async Task<(int Xiangfu, int Park, int XiangfuJ, int ParkJ)> SeedAsync(TestDatabase t)
    {
        await using var db = t.NewContext();
        var j = await db.Jurisdictions.ToDictionaryAsync(x => x.Name, x => x.Id);
        var a = new Enterprise { Uscc = Uscc.Complete("91330105ECP000001"), Name = "祥符企业", JurisdictionId = j["祥符"] };
        var b = new Enterprise { Uscc = Uscc.Complete("91330105ECP000002"), Name = "园区企业", JurisdictionId = j["园区"] };
        a.Years.Add(new FiscalYear { Year = 2019, SalesRevenue = 1m });
        b.Years.Add(new FiscalYear { Year = 2019, SalesRevenue = 2m });
        db.Enterprises.AddRange(a, b);
        await db.SaveChangesAsync();
        return (a.Id, b.Id, j["祥符"], j["园区"]);
    }

    private static EnterpriseInput Input(string uscc, string name, string jurisdiction) => new() { Uscc = uscc, Name = name, Jurisdiction = jurisdiction };

    [Theory, Providers]
    public async Task JurisdictionOfficer_SeesOnlyTheirJurisdiction_EvenByGuessingIds(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var s = await SeedAsync(t);
        t.Get<AccessScopeProvider>().Current = () => AccessScope.Jurisdiction(s.XiangfuJ);
        var list = await t.Get<ListEnterprises>().ExecuteAsync(new EnterpriseFilter(), 1, 50);
        Assert.Equal(["祥符企业"], list.Items.Select(i => i.Name));
        Assert.Null(await t.Get<GetEnterprise>().ExecuteAsync(s.Park));
        Assert.NotNull(await t.Get<GetEnterprise>().ExecuteAsync(s.Xiangfu));
        Assert.Null(await t.Get<GetEnterpriseHistory>().ExecuteAsync(s.Park, 1, 10));
        await using var db = t.NewContext();
        Assert.Equal(1, await db.FiscalYears.CountAsync());                      // the park's years are invisible
        Assert.False(await db.FiscalYears.AnyAsync(y => y.EnterpriseId == s.Park));
        await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<TechCheckup>().ExecuteAsync(s.Park, new DateOnly(2020, 6, 30)));
    }

    [Theory, Providers]
    public async Task JurisdictionOfficer_CannotChangeOrMoveAnotherJurisdictionsEnterprise(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var s = await SeedAsync(t);
        t.Get<AccessScopeProvider>().Current = () => AccessScope.Jurisdiction(s.XiangfuJ);
        var save = t.Get<SaveEnterprise>();
        // update by a guessed id: not found (no existence leak), nothing changed
        Assert.Null(await save.ExecuteAsync(s.Park, Input(Uscc.Complete("91330105ECP000002"), "改名", "园区"), "x", "x"));
        // move own enterprise away, or create one in another jurisdiction: refused
        await Assert.ThrowsAsync<ScopeViolationException>(() => save.ExecuteAsync(s.Xiangfu, Input(Uscc.Complete("91330105ECP000001"), "祥符企业", "园区"), "x", "x"));
        await Assert.ThrowsAsync<ScopeViolationException>(() => save.ExecuteAsync(null, Input(Uscc.Complete("91330105ECP000003"), "新企业", "园区"), "x", "x"));
        // a child row written straight to another enterprise: refused
        await using (var db = t.NewContext())
        {
            db.FiscalYears.Add(new FiscalYear { EnterpriseId = s.Park, Year = 2020, SalesRevenue = 9m });
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }
        // a duplicate USCC of another jurisdiction is reported without naming that enterprise
        var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() => save.ExecuteAsync(null, Input(Uscc.Complete("91330105ECP000002"), "重复", "祥符"), "x", "x"));
        Assert.Contains("其他属地的企业", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(await save.ExecuteAsync(null, Input(Uscc.Complete("91330105ECP000004"), "祥符新企业", "祥符"), "x", "x"));

        t.Get<AccessScopeProvider>().Current = () => AccessScope.Everything;
        await using var all = t.NewContext();
        Assert.Equal("园区企业", (await all.Enterprises.SingleAsync(e => e.Id == s.Park)).Name);
        Assert.Equal(2, await all.FiscalYears.CountAsync());
        Assert.Equal(3, await all.Enterprises.CountAsync());
    }

    [Theory, Providers]
    public async Task EnterpriseUser_SeesOnlyItsOwnRecord_AndCannotCreate(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var s = await SeedAsync(t);
        t.Get<AccessScopeProvider>().Current = () => AccessScope.Enterprises([s.Park]);
        Assert.Equal(["园区企业"], (await t.Get<ListEnterprises>().ExecuteAsync(new EnterpriseFilter(), 1, 50)).Items.Select(i => i.Name));
        Assert.Null(await t.Get<GetEnterprise>().ExecuteAsync(s.Xiangfu));
        await Assert.ThrowsAsync<ScopeViolationException>(() =>
            t.Get<SaveEnterprise>().ExecuteAsync(null, Input(Uscc.Complete("91330105ECP000005"), "冒充", "园区"), "x", "x"));
        Assert.NotNull(await t.Get<SaveEnterprise>().ExecuteAsync(s.Park, Input(Uscc.Complete("91330105ECP000002"), "园区企业（新名）", "园区"), "x", "x"));
    }
}
