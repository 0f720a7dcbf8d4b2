using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Seedbed.Core.Accounts;
using Seedbed.Core.Plans;
using Seedbed.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Seedbed.Web.Tests.Browser;

/// <summary>The dashboard from an empty start: an officer is told to ask the bureau; the bureau loads the default plan and drills down.</summary>
public sealed class PlansBrowserTests(PlansBrowserTests.App fixture) : IClassFixture<PlansBrowserTests.App>
{
    /// <summary>Charts are drawn after the circuit's first render; on a busy machine that takes a while.</summary>
    internal static readonly LocatorAssertionsToBeVisibleOptions Drawn = new() { Timeout = 30_000 };

    /// <summary>Its own host (no plan loaded at start) with <see cref="TestData"/>: HNTE certificates of 2019 for 企业05/10/15 (祥符) and 20/25 (上塘).</summary>
    public sealed class App : IAsyncLifetime
    {
        public BrowserApp Browser { get; } = new();
        public Task InitializeAsync() => Browser.InitializeAsync();
        public Task DisposeAsync() => Browser.DisposeAsync();
    }

    [Fact]
    public async Task EmptyState_LoadTheDefaultPlan_ChartDrawn_DrillDownToAnEnterprise()
    {
        var officer = await fixture.Browser.Factory.AccountAsync("plans-empty-officer", Roles.JurisdictionOfficer, "祥符");
        var page = await fixture.Browser.OpenAsync("/plans", officer);
        await Expect(page.Locator("#plans-ask-bureau")).ToBeVisibleAsync();
        await Expect(page.Locator("#load-default-plan")).ToHaveCountAsync(0);

        page = await fixture.Browser.OpenAsync("/plans");
        await Expect(page.Locator("#plans-empty")).ToContainTextAsync("尚未载入目标计划");
        await page.Locator("#load-default-plan").ClickAsync();
        await Expect(page.Locator("#plan-goals")).ToContainTextAsync("国家高新技术企业");

        page = await fixture.Browser.OpenAsync("/plans?period=2019");
        await Expect(page.Locator(".plan-goal-card[data-code=hnte] .plan-goal-actual")).ToHaveTextAsync("5");
        // the bar chart and the trend are drawn (the chart library evaluated its options)
        await Expect(page.Locator("#plan-jurisdiction-chart svg text", new() { HasText = "时序完成率" }).First).ToBeVisibleAsync(Drawn);
        await Expect(page.Locator("#plan-trend svg text", new() { HasText = "任务数" }).First).ToBeVisibleAsync(Drawn);
        var xiangfu = page.Locator("#plan-jurisdiction-table tr", new() { HasText = "祥符" });
        await Expect(xiangfu.Locator(".plan-actual")).ToHaveTextAsync("3");
        await Expect(xiangfu).ToContainTextAsync("绿灯");
        await BrowserApp.ScreenshotAsync(page, "plans-dashboard");

        await xiangfu.Locator(".drill-link").ClickAsync();
        await Expect(page.Locator("#plan-enterprises-title")).ToContainTextAsync("祥符");
        var list = page.Locator("#plan-enterprises");
        await Expect(list).ToContainTextAsync(TestData.NumberedName(5));
        await Expect(list).ToContainTextAsync("GR201933000005");
        await Expect(list).Not.ToContainTextAsync(TestData.NumberedName(20));
        await BrowserApp.ScreenshotAsync(page, "plans-drilldown");
        await list.Locator(".plan-enterprise-link", new() { HasText = TestData.NumberedName(5) }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("/enterprises/", StringComparison.Ordinal));
        await Expect(page.Locator("body")).ToContainTextAsync(TestData.NumberedUscc(5));

        var errors = BrowserApp.ErrorsOf(page).Where(e => !e.StartsWith("Error: <svg> attribute width", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

/// <summary>A jurisdiction officer sees their own jurisdiction first, marked and pre-selected, with only their enterprises listed.</summary>
public sealed class PlansOfficerBrowserTests(PlansOfficerBrowserTests.App fixture) : IClassFixture<PlansOfficerBrowserTests.App>
{
    public sealed class App : IAsyncLifetime
    {
        public BrowserApp Browser { get; } = new();

        public async Task InitializeAsync()
        {
            await Browser.InitializeAsync();
            await Browser.Factory.Services.GetRequiredService<LoadDefaultPlan>().ExecuteAsync();
        }

        public Task DisposeAsync() => Browser.DisposeAsync();
    }

    [Fact]
    public async Task Officer_SeesOwnJurisdictionFirst_AndOnlyTheirEnterprises()
    {
        var officer = await fixture.Browser.Factory.AccountAsync("plans-officer", Roles.JurisdictionOfficer, "上塘");
        var page = await fixture.Browser.OpenAsync("/plans?period=2019", officer);
        var rows = page.Locator("#plan-jurisdiction-table tbody tr.ant-table-row");
        await Expect(rows.Nth(0)).ToContainTextAsync("全区");
        await Expect(rows.Nth(1)).ToContainTextAsync("上塘");
        await Expect(rows.Nth(1).Locator("#own-tag")).ToHaveTextAsync("本属地");
        await Expect(rows.Nth(2)).ToContainTextAsync("祥符");
        // figures stay district-wide: 祥符's three certificates count though the officer cannot open them
        await Expect(page.Locator("#plan-jurisdiction-table tr", new() { HasText = "祥符" }).Locator(".plan-actual")).ToHaveTextAsync("3");
        await Expect(page.Locator("#plan-jurisdiction-chart svg text", new() { HasText = "（本属地）" }).First).ToBeVisibleAsync(PlansBrowserTests.Drawn);
        await Expect(page.Locator("#plan-jurisdiction-chart svg text", new() { HasText = "上塘" }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#plan-enterprises-title")).ToContainTextAsync("上塘");
        var list = page.Locator("#plan-enterprises");
        await Expect(list).ToContainTextAsync(TestData.NumberedName(20));
        await Expect(list).ToContainTextAsync(TestData.NumberedName(25));
        await Expect(list).Not.ToContainTextAsync(TestData.NumberedName(5));
        await BrowserApp.ScreenshotAsync(page, "plans-officer");
        var errors = BrowserApp.ErrorsOf(page).Where(e => !e.StartsWith("Error: <svg> attribute width", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
