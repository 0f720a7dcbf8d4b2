using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Core.Enterprises;
using Seedbed.Rules.Registry;

namespace Seedbed.Web.Tests.Support;

/// <summary>
/// An enterprise that, checked on 2020-06-30, meets every national HNTE condition except the R&amp;D ratio
/// (4 % of 60,000,000 sales over 2017–2019; 5 % needed: 研发费用还差 600,000 元). Grades A/A and full R&amp;D management.
/// </summary>
public static class CheckupData
{
    public const string Name = "杭州体检示范科技有限公司";
    public const string Date = "2020-06-30";

    public static async Task<int> SeedAsync(IDbContextFactory<SeedbedDb> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.Actor = "测试";
        db.ChangeSource = "测试数据";
        var e = new Enterprise
        {
            Uscc = Uscc.Complete("91330105TET000001"), Name = Name, RegisteredOn = new DateOnly(2010, 1, 1), HightechField = "101",
            JurisdictionId = (await db.Jurisdictions.SingleAsync(j => j.Name == "园区")).Id,
            TechAdvancementGrade = "A", CoreSupportGrade = "A", RdManagementSystem = 6, RdManagementInstitution = 6, RdManagementConversionIncentive = 4, RdManagementTalent = 4,
        };
        foreach (var y in new[] { 2017, 2018, 2019 })
            e.Years.Add(new FiscalYear
            {
                Year = y, SalesRevenue = 10_000_000m * (y - 2016), TotalIncome = 10_000_000m * (y - 2016), HightechIncome = 8_000_000m * (y - 2016),
                RdExpense = 400_000m * (y - 2016), RdExpenseDomestic = 400_000m * (y - 2016), NetAssets = 1_000_000m * (y - 2016), Employees = 50, TechStaff = 10, Conversions = 5,
            });
        e.IpItems.Add(new IpItem { Kind = "invention-patent", Number = "ZL202010000001.1", Status = "granted", Acquisition = "own", GrantedOn = new DateOnly(2018, 1, 1) });
        db.Enterprises.Add(e);
        await db.SaveChangesAsync();
        return e.Id;
    }
}

/// <summary>The seeded registry plus <see cref="CheckupData"/>; API tests using it only read (no evaluations saved).</summary>
public sealed class CheckupApp : IAsyncLifetime
{
    public SeedbedWebFactory Factory { get; } = new();
    public HttpClient Client { get; private set; } = null!;
    public int EnterpriseId { get; private set; }

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        await TestData.SeedAsync(Factory.Db);
        EnterpriseId = await CheckupData.SeedAsync(Factory.Db);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Its own Kestrel host and Chromium (not the shared browser fixture), so the extra enterprise and the saved evaluations touch no other test.</summary>
public sealed class CheckupBrowserApp : IAsyncLifetime
{
    public BrowserApp App { get; } = new();
    public int EnterpriseId { get; private set; }

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        EnterpriseId = await CheckupData.SeedAsync(App.Factory.Db);
    }

    public Task DisposeAsync() => App.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class CheckupBrowserGroup : ICollectionFixture<CheckupBrowserApp>
{
    public const string Name = "checkup-browser";
}
