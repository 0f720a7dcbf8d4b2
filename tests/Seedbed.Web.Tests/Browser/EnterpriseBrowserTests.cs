using Microsoft.Playwright;
using Seedbed.Rules.Registry;
using Seedbed.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Seedbed.Web.Tests.Browser;

[Collection(BrowserGroup.Name)]
public class EnterpriseBrowserTests(BrowserApp app)
{
    private static ILocator Rows(IPage page) => page.Locator("#enterprise-table tbody tr.ant-table-row");

    [Fact]
    public async Task List_ShowsSeededRows_AndPagesAndSearchesOnTheServer()
    {
        var page = await app.OpenAsync("/enterprises");
        await Expect(Rows(page)).ToHaveCountAsync(10);
        await Expect(Rows(page).First).ToContainTextAsync(TestData.NumberedName(16));   // 上塘 first
        await Expect(Rows(page).First).ToContainTextAsync("1,650.00");                 // 16,500,000 元 in 万元
        await BrowserApp.ScreenshotAsync(page, "enterprise-list");

        await page.Locator("#enterprise-table .ant-pagination-item-2").ClickAsync();
        await Expect(Rows(page).First).ToContainTextAsync(TestData.NumberedName(1));
        Assert.Contains("page=2", page.Url, StringComparison.Ordinal);

        var search = page.GetByPlaceholder("企业名称或统一社会信用代码");
        await search.FillAsync("星火");
        await search.PressAsync("Enter");
        await Expect(Rows(page)).ToHaveCountAsync(1);
        await Expect(Rows(page).First).ToContainTextAsync(TestData.SparkName);
        await Expect(page.Locator("#export-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/api/enterprises/export\\?q=%E6%98%9F%E7%81%AB"));
    }

    [Fact]
    public async Task Detail_ShowsTheYearsTable_TheTrendChart_AndHistory()
    {
        var id = await TestData.IdOfAsync(app.Factory.Db, TestData.NumberedName(3));
        var page = await app.OpenAsync($"/enterprises/{id}");
        var years = page.Locator("#years-table");
        await Expect(years).ToContainTextAsync("销售收入（万元）");
        await Expect(years).ToContainTextAsync("2017");
        await Expect(years.Locator("tr", new() { HasText = "2019" })).ToContainTextAsync("350.00");
        await Expect(page.Locator("#trend-chart [_echarts_instance_]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#trend-chart svg").First).ToBeVisibleAsync();
        // the series are drawn (the chart library evaluates its options: the CSP must allow it) and nothing failed
        await Expect(page.Locator("#trend-chart svg text", new() { HasText = "销售收入" }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        // (ECharts itself logs one harmless complaint about width="auto" on its svg)
        var errors = BrowserApp.ErrorsOf(page).Where(e => !e.StartsWith("Error: <svg> attribute width", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await Expect(page.Locator("#history-table")).ToContainTextAsync("测试数据");
        await Expect(page.Locator(".ant-breadcrumb")).ToContainTextAsync("企业详情");
        await BrowserApp.ScreenshotAsync(page, "enterprise-detail");
    }

    [Fact]
    public async Task NewForm_ShowsChineseRequiredMessages()
    {
        var page = await app.OpenAsync("/enterprises/new");
        await page.Locator("#save-button").ClickAsync();
        var errors = page.Locator(".ant-form-item-explain-error");
        await Expect(errors.GetByText("请输入统一社会信用代码")).ToBeVisibleAsync();
        await Expect(errors.GetByText("请输入企业名称")).ToBeVisibleAsync();
        await Expect(errors.GetByText("请选择属地")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "enterprise-new-validation");
    }

    [Fact]
    public async Task EditForm_ShowsLengthMessage_ThenTheServerMessageNamingTheCheckCharacter()
    {
        var id = await TestData.IdOfAsync(app.Factory.Db, TestData.NumberedName(4));
        var page = await app.OpenAsync($"/enterprises/{id}/edit");
        var uscc = page.Locator("#input-uscc");
        await Expect(uscc).ToHaveValueAsync(TestData.NumberedUscc(4));
        var errors = page.Locator(".ant-form-item-explain-error");

        await uscc.FillAsync("91330105");
        await page.Locator("#save-button").ClickAsync();
        await Expect(errors.GetByText("统一社会信用代码应为18位")).ToBeVisibleAsync();

        var good = TestData.NumberedUscc(4);
        var wrong = good[..17] + (good[17] == 'A' ? 'B' : 'A');
        await uscc.FillAsync(wrong);
        await page.Locator("#save-button").ClickAsync();
        await Expect(page.Locator(".ant-form-item-has-error").GetByText($"统一社会信用代码第18位校验码错误：应为“{good[17]}”，实际为“{wrong[17]}”")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "enterprise-edit-server-error");
        Assert.True(Uscc.IsValid(good));
        Assert.Equal(id, await TestData.IdOfAsync(app.Factory.Db, TestData.NumberedName(4)));   // nothing renamed or lost
    }
}
