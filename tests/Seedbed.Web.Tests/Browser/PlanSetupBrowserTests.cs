using System.Text;
using Microsoft.Playwright;
using Seedbed.Core.Accounts;
using Seedbed.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Seedbed.Web.Tests.Browser;

/// <summary>Its own host (it loads plans, which the dashboard's empty state must not see elsewhere).</summary>
public sealed class PlanSetupBrowserApp : IAsyncLifetime
{
    public BrowserApp App { get; } = new();
    public Task InitializeAsync() => App.InitializeAsync();
    public Task DisposeAsync() => App.DisposeAsync();
}

/// <summary>计划与指标: load the default plan, enter a hand-entered value, import a tampered table (cell error) and a good one; officers read only.</summary>
public class PlanSetupBrowserTests(PlanSetupBrowserApp fixture) : IClassFixture<PlanSetupBrowserApp>
{
    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    [Fact]
    public async Task LoadTheDefaultPlan_EnterAValue_ImportATamperedTableAndSeeTheCell_ThenImportAnotherDistrictsTable()
    {
        var page = await fixture.App.OpenAsync("/plans/setup");
        await page.Locator("#plan-load-default").ClickAsync();
        await Expect(page.Locator("#plan-message")).ToContainTextAsync("已载入默认计划");
        await Expect(page.Locator("#plan-list")).ToContainTextAsync("当前计划");
        var indicators = page.Locator("#plan-indicators");
        await Expect(indicators).ToContainTextAsync("国家高新技术企业");
        await Expect(indicators.Locator("tr", new() { HasText = "高新技术产业增加值占规上工业增加值比重" })).ToContainTextAsync("78.2");
        await Expect(page.Locator(".plan-jurisdiction-targets tr", new() { HasText = "祥符" })).ToContainTextAsync("21 / 27");
        await BrowserApp.ScreenshotAsync(page, "plan-setup");

        await page.Locator("#actual-indicator").ClickAsync();
        await page.Locator(".ant-select-item-option", new() { HasText = "高新技术产业增加值占规上工业增加值比重" }).ClickAsync();
        await page.Locator("#actual-value").FillAsync("101");
        await page.Locator("#actual-source").FillAsync("区统计局快报");
        await page.Locator("#actual-save").ClickAsync();
        await Expect(page.Locator("#actual-error")).ToContainTextAsync("比重不能超过 100%");
        await page.Locator("#actual-value").FillAsync("74.6");
        await page.Locator("#actual-save").ClickAsync();
        await Expect(page.Locator("#actual-saved")).ToContainTextAsync("74.6%");
        var row = page.Locator("#actual-list tr", new() { HasText = "区统计局快报" });
        await Expect(row).ToContainTextAsync("以此为准");
        await page.Locator("#plan-actuals").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "plan-setup-actuals-card.png") });

        await page.Locator("#plan-import-toggle").ClickAsync();
        await page.Locator("#plan-code").FillAsync("tampered");
        await page.Locator("#plan-name").FillAsync("篡改的任务分解表");
        await page.Locator("#plan-file").SetInputFilesAsync(Csv("篡改.csv", PlanTableData.Tampered()));
        await Expect(page.Locator("#plan-chosen-file")).ToHaveTextAsync("篡改.csv");
        await page.Locator("#plan-preview").ClickAsync();
        var issues = page.Locator("#plan-import-issues");
        await Expect(issues).ToContainTextAsync("未写入任何数据");
        await Expect(issues.Locator("tr", new() { HasText = "I3" })).ToContainTextAsync("total_2020 为 12");
        await Expect(issues.Locator("tr", new() { HasText = "I2" })).ToContainTextAsync("各属地之和为 228");
        await page.Locator("#plan-import").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "plan-setup-import-refused.png") });

        await page.Locator("#plan-code").FillAsync("other");
        await page.Locator("#plan-name").FillAsync("某区计划");
        await page.Locator("#plan-file").SetInputFilesAsync(Csv("某区.csv", PlanTableData.OtherDistrict));
        await page.Locator("#plan-preview").ClickAsync();
        await Expect(page.Locator("#plan-import-preview")).ToContainTextAsync("校验通过：2 个属地");
        await Expect(page.Locator(".plan-import-warning")).ToContainTextAsync("甲街道");
        await page.Locator("#plan-import").ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "plan-setup-import-preview.png") });
        await page.Locator("#plan-import-confirm").ClickAsync();
        await Expect(page.Locator("#plan-message")).ToContainTextAsync("已导入计划“某区计划”");
        await Expect(page.Locator("#plan-detail")).ToContainTextAsync("某区计划");
        await page.Locator("#plan-list tr", new() { HasText = "某区计划" }).Locator(".plan-activate").ClickAsync();
        await Expect(page.Locator("#plan-list tr", new() { HasText = "某区计划" })).ToContainTextAsync("当前计划");
        await BrowserApp.ScreenshotAsync(page, "plan-setup-imported");
        Assert.Empty(BrowserApp.ErrorsOf(page));
    }

    [Fact]
    public async Task AnOfficer_SeesThePlansReadOnly()
    {
        var plan = await new Core.Plans.LoadDefaultPlan(fixture.App.Factory.Db).ExecuteAsync();
        var officer = await fixture.App.Factory.AccountAsync("plan-browser-officer", Roles.JurisdictionOfficer, "祥符");
        var page = await fixture.App.OpenAsync($"/plans/setup?plan={plan.PlanId}", officer);
        await BrowserApp.ScreenshotAsync(page, "plan-setup-officer");
        await Expect(page.Locator("#plan-read-only")).ToBeVisibleAsync();
        await Expect(page.Locator("#plan-indicators")).ToContainTextAsync("国家高新技术企业");
        await Expect(page.Locator("#plan-actuals")).ToBeVisibleAsync();
        await Expect(page.Locator("#plan-load-default")).ToHaveCountAsync(0);
        await Expect(page.Locator("#plan-import-toggle")).ToHaveCountAsync(0);
        await Expect(page.Locator("#actual-form")).ToHaveCountAsync(0);
        await Expect(page.Locator(".plan-activate")).ToHaveCountAsync(0);
        Assert.Empty(BrowserApp.ErrorsOf(page));
    }
}
