using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Seedbed.Core.Enterprises;
using Seedbed.Rules.Registry;
using Seedbed.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Seedbed.Web.Tests.Browser;

/// <summary>Its own host: two enterprises that the pool rules propose to admit; approving them changes their tier.</summary>
public sealed class PoolsBrowserApp : IAsyncLifetime
{
    public BrowserApp App { get; } = new();
    public (int Reserve, int Certified) Ids { get; private set; }

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await using var db = await App.Factory.Db.CreateDbContextAsync();
        var park = (await db.Jurisdictions.SingleAsync(j => j.Name == "园区")).Id;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var a = new Enterprise { Uscc = Uscc.Complete("91330105PQW000001"), Name = "培育库浏览器甲", JurisdictionId = park };
        a.Qualifications.Add(new Qualification { Kind = "hz-hnte", Number = "HZ-BROWSER-1", IssuedOn = today.AddYears(-1), ExpiresOn = today.AddYears(1) });
        var b = new Enterprise { Uscc = Uscc.Complete("91330105PQW000002"), Name = "培育库浏览器乙", JurisdictionId = park };
        b.Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR-BROWSER-2", IssuedOn = today.AddYears(-1), ExpiresOn = today.AddYears(2) });
        db.Enterprises.AddRange(a, b);
        await db.SaveChangesAsync();
        Ids = (a.Id, b.Id);
    }

    public Task DisposeAsync() => App.DisposeAsync();
}

public class PoolsBrowserTests(PoolsBrowserApp fixture) : IClassFixture<PoolsBrowserApp>
{
    [Fact]
    public async Task RunTheRules_ApproveInBulkAndOneByOne_TheTierChanges()
    {
        var page = await fixture.App.OpenAsync("/pools/proposals");
        await page.Locator("#propose-run").ClickAsync();
        await Expect(page.Locator("#propose-message")).ToContainTextAsync("已生成调整建议", new() { Timeout = 60_000 });
        var rowA = page.Locator("#proposal-table tr", new() { HasText = "培育库浏览器甲" });
        var rowB = page.Locator("#proposal-table tr", new() { HasText = "培育库浏览器乙" });
        await Expect(rowA).ToContainTextAsync("未入库 → 储备库");
        await Expect(rowB).ToContainTextAsync("未入库 → 已认定");
        await BrowserApp.ScreenshotAsync(page, "pools-proposals");

        await rowA.Locator("input[type=checkbox]").CheckAsync();
        await page.Locator("#approve-selected").ClickAsync();
        await Expect(page.Locator("#propose-message")).ToContainTextAsync("已批准 1 条");
        await Expect(rowA).ToHaveCountAsync(0);
        await rowB.Locator(".approve-one").ClickAsync();
        await Expect(rowB).ToHaveCountAsync(0);

        page = await fixture.App.OpenAsync("/pools?tier=certified");
        await Expect(page.Locator("#pool-table")).ToContainTextAsync("培育库浏览器乙");
        await Expect(page.Locator("#pool-funnel")).ToBeVisibleAsync();
        await Expect(page.Locator("#pool-forecast")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "pools");
        page = await fixture.App.OpenAsync($"/enterprises/{fixture.Ids.Reserve}");
        await Expect(page.Locator("#pool-current-tier")).ToHaveTextAsync("储备库");
        await Expect(page.Locator("#pool-history")).ToContainTextAsync("杭州市高新技术企业");
        await BrowserApp.ScreenshotAsync(page, "pools-enterprise");
    }
}
