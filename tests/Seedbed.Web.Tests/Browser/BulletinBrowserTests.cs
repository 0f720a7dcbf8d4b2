using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Plans;
using Seedbed.Rules.Registry;
using Seedbed.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Seedbed.Web.Tests.Browser;

/// <summary>Its own host: the default plan and two first HNTE certificates of 2019.</summary>
public sealed class BulletinBrowserApp : IAsyncLifetime
{
    public BrowserApp App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await new LoadDefaultPlan(App.Factory.Db).ExecuteAsync();
        await using var db = await App.Factory.Db.CreateDbContextAsync();
        var j = await db.Jurisdictions.ToDictionaryAsync(x => x.Name, x => x.Id);
        var a = new Enterprise { Uscc = Uscc.Complete("91330105PTB000001"), Name = "通报浏览器甲", JurisdictionId = j["祥符"] };
        a.Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR-BULLETIN-1", IssuedOn = new(2019, 5, 1), ExpiresOn = new(2022, 4, 30) });
        var b = new Enterprise { Uscc = Uscc.Complete("91330105PTB000002"), Name = "通报浏览器乙", JurisdictionId = j["上塘"] };
        b.Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR-BULLETIN-2", IssuedOn = new(2019, 8, 1), ExpiresOn = new(2022, 7, 31) });
        db.Enterprises.AddRange(a, b);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => App.DisposeAsync();
}

public class BulletinBrowserTests(BulletinBrowserApp fixture) : IClassFixture<BulletinBrowserApp>
{
    [Fact]
    public async Task IssueAQuarterlyBulletin_TheListShowsIt_AndItsPdfAndWorkbookDownload()
    {
        var page = await fixture.App.OpenAsync("/plans/bulletins");
        await Expect(page.Locator("#score-table tbody tr")).ToHaveCountAsync(11);
        await Expect(page.Locator("#score-asof")).ToContainTextAsync("数据截至2020年12月31日");   // the last quarter of the plan that has ended
        await Expect(page.Locator(".ant-breadcrumb")).ToContainTextAsync("目标考核");
        await Expect(page.Locator(".ant-breadcrumb")).ToContainTextAsync("考核与通报");
        page = await fixture.App.OpenAsync("/plans/bulletins?period=2019Q3");
        await Expect(page.Locator("#score-asof")).ToContainTextAsync("数据截至2019年9月30日");
        await Expect(page.Locator("#score-table tbody tr").First).ToContainTextAsync("上塘");
        await BrowserApp.ScreenshotAsync(page, "bulletins-scores");

        await page.Locator("#bulletin-tabs label", new() { HasText = "通报" }).ClickAsync();
        await Expect(page.Locator("#issue-form")).ToBeVisibleAsync();
        await Expect(page.Locator("#issue-period")).ToContainTextAsync("2019年第三季度");
        await page.Locator("#issue-button").ClickAsync();
        var row = page.Locator("#bulletin-list tbody tr", new() { HasText = "2019年第三季度" });
        await Expect(row).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Expect(row).ToContainTextAsync("关于2019年第三季度全区国家高新技术企业培育工作进展情况的通报");
        await Expect(row).ToContainTextAsync("拱科通〔");
        await Expect(page.Locator("#score-table")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "bulletins-list");

        var pdf = await page.APIRequest.GetAsync(await row.Locator(".download-pdf").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("application/pdf", pdf.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.BodyAsync())[..4]);
        await File.WriteAllBytesAsync(Path.Combine(BrowserApp.ScreenshotDirectory, "bulletin-2019Q3.pdf"), await pdf.BodyAsync());
        var xlsx = await page.APIRequest.GetAsync(await row.Locator(".download-xlsx").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, xlsx.Status);
        Assert.StartsWith(RenderBulletin.XlsxContentType, xlsx.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.BodyAsync())[..2]);

        await page.Locator("#bulletin-tabs label", new() { HasText = "考核方案" }).ClickAsync();
        await Expect(page.Locator("#scheme-form .scheme-item")).ToHaveCountAsync(3);
        await BrowserApp.ScreenshotAsync(page, "bulletins-scheme");
        var weight = page.Locator("#scheme-form .scheme-item").First.Locator(".item-weight input");
        await weight.FillAsync("0");
        await weight.PressAsync("Tab");
        await page.Locator("#scheme-save").ClickAsync();
        await Expect(page.Locator("#scheme-errors")).ToContainTextAsync("第1项（国家高新技术企业）：分值必须大于0");
        // (ECharts itself logs one harmless complaint about width="auto" on its svg)
        var errors = BrowserApp.ErrorsOf(page).Where(e => !e.StartsWith("Error: <svg> attribute width", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task AnOfficer_SeesTheDistrictScoresAndTheBulletins_ButNoSchemeAndNoIssueForm()
    {
        var officer = await fixture.App.Factory.AccountAsync("bulletin-browser-officer", Seedbed.Core.Accounts.Roles.JurisdictionOfficer, "祥符");
        var page = await fixture.App.OpenAsync("/plans/bulletins?period=2019Q3", officer);
        await Expect(page.Locator("#score-table tbody tr")).ToHaveCountAsync(11);   // district-wide, not only 祥符
        await Expect(page.Locator("#bulletin-tabs label")).ToHaveCountAsync(2);
        await page.Locator("#bulletin-tabs label", new() { HasText = "通报" }).ClickAsync();
        await Expect(page.Locator("#bulletin-list")).ToBeVisibleAsync();
        await Expect(page.Locator("#issue-form")).ToHaveCountAsync(0);
    }
}
