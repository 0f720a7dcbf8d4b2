using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Seedbed.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Seedbed.Web.Tests.Browser;

[Collection(CheckupBrowserGroup.Name)]
public partial class CheckupBrowserTests(CheckupBrowserApp fixture)
{
    private BrowserApp App => fixture.App;

    private static ILocator Card(IPage page, string ruleSet) => page.Locator($"#verdict-cards .checkup-card[data-ruleset='{ruleSet}']");

    private static async Task<int> HistoryTotalAsync(IPage page) =>
        int.Parse(Number().Match(await page.Locator("#history-total").InnerTextAsync()).Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Checkup_FailsOnTheRdRatio_WhatIfTurnsItToPass_WithoutSaving_ThenSaveAddsHistory()
    {
        var page = await App.OpenAsync($"/enterprises/{fixture.EnterpriseId}/checkup?date={CheckupData.Date}");
        await Expect(Card(page, "hnte-2016").Locator(".verdict-tag")).ToHaveTextAsync("不符合");
        await Expect(page.Locator(".checkup-detail[data-ruleset='hnte-2016'] .gap-list")).ToContainTextAsync("研发费用还差 600,000 元");
        await Expect(page.Locator(".checkup-detail[data-ruleset='hnte-2016'] .conditions-table")).ToContainTextAsync("第十一条（五）");
        await Expect(page.Locator("#simulated-banner")).ToHaveCountAsync(0);
        var before = await HistoryTotalAsync(page);
        await BrowserApp.ScreenshotAsync(page, "checkup");

        var rd = page.Locator("#whatif-panel input[name='rd-2019']");
        await rd.FillAsync("1800000");
        await rd.PressAsync("Tab");
        await Expect(Card(page, "hnte-2016").Locator(".verdict-tag")).ToHaveTextAsync("符合");
        await Expect(page.Locator("#simulated-banner")).ToContainTextAsync("模拟结果，未保存");
        await Expect(page.Locator(".checkup-detail[data-ruleset='hnte-2016'] #no-gaps")).ToBeVisibleAsync();
        Assert.Equal(before, await HistoryTotalAsync(page));
        await BrowserApp.ScreenshotAsync(page, "checkup-whatif");

        await page.Locator("#whatif-reset").ClickAsync();
        await Expect(Card(page, "hnte-2016").Locator(".verdict-tag")).ToHaveTextAsync("不符合");
        await Expect(page.Locator("#simulated-banner")).ToHaveCountAsync(0);

        // a lower self-assessment grade lowers the score at once; an out-of-range sub-score is refused
        await page.Locator("#whatif-panel select[name='tech-advancement']").SelectOptionAsync("E");
        await Expect(Card(page, "hnte-2016")).ToContainTextAsync("得分 78–92 分");
        await page.Locator("#whatif-panel input[name='rd-system']").FillAsync("9");
        await page.Locator("#whatif-panel input[name='rd-system']").PressAsync("Tab");
        await Expect(page.Locator("#whatif-invalid")).ToContainTextAsync("0–6");
        await page.Locator("#whatif-reset").ClickAsync();
        await Expect(Card(page, "hnte-2016")).ToContainTextAsync("得分 85–100 分");
        await Expect(page.Locator("#whatif-invalid")).ToHaveCountAsync(0);

        await page.Locator("#save-checkup").ClickAsync();
        await Expect(page.Locator("#history-total")).ToHaveTextAsync($"共 {before + 4} 条评估记录");
        var row = page.Locator("#evaluation-history tr.history-row", new() { HasText = "国家高新技术企业" }).First;
        await Expect(row).ToContainTextAsync(SeedbedWebFactory.AdminName);   // the signed-in user saved it
        await Expect(row).ToContainTextAsync("研究开发费用占比");
        await row.ClickAsync();
        await Expect(page.Locator("#stored-evaluation")).ToContainTextAsync("研发费用还差 600,000 元");
        await BrowserApp.ScreenshotAsync(page, "checkup-history");
    }

    [Fact]
    public async Task District_AssessAll_ShowsTheTablePerJurisdiction_AndTheChart()
    {
        var page = await App.OpenAsync("/checkup");
        await page.Locator("#assess-all-button").ClickAsync();
        var table = page.Locator("#district-table");
        await Expect(table).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(11);   // every jurisdiction, in task-table order
        await Expect(table.Locator("tbody tr").First).ToContainTextAsync("上塘");
        await Expect(table.Locator("tbody tr", new() { HasText = "祥符" })).ToContainTextAsync("15");
        await Expect(page.Locator("#district-total")).ToContainTextAsync("27");
        await Expect(page.Locator("#most-failed")).ToBeVisibleAsync();
        await Expect(page.Locator("#verdict-chart [_echarts_instance_]")).ToHaveCountAsync(1);
        await Expect(table.Locator("a", new() { HasText = "祥符" })).ToHaveAttributeAsync("href", new Regex("/enterprises\\?jurisdiction=%E7%A5%A5%E7%AC%A6"));
        await BrowserApp.ScreenshotAsync(page, "checkup-district");
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
