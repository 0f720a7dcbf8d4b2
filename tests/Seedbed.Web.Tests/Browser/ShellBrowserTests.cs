using Microsoft.Playwright;
using Seedbed.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Seedbed.Web.Tests.Browser;

[Collection(BrowserGroup.Name)]
public class ShellBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task Home_IsChinese_WithTheProMenu_AndDisabledModulesUnderConstruction()
    {
        var page = await app.OpenAsync("/");
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        var menu = page.Locator(".seedbed-menu");
        await Expect(menu.GetByText("企业库", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByText("数据导入")).ToBeVisibleAsync();
        await Expect(menu.GetByText("API 文档")).ToBeVisibleAsync();
        var checkup = menu.Locator("li.ant-menu-item", new() { HasText = "科技度体检" });
        await Expect(checkup).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ant-menu-item-disabled"));
        await Expect(checkup.GetByText("建设中")).ToHaveCountAsync(0);
        var pools = menu.Locator("li.ant-menu-item", new() { HasText = "培育库" });
        await Expect(pools).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ant-menu-item-disabled"));
        await Expect(pools.GetByText("建设中")).ToHaveCountAsync(0);
        var plans = menu.Locator("li.ant-menu-submenu", new() { HasText = "目标考核" });
        await Expect(plans.GetByText("建设中")).ToHaveCountAsync(0);
        var planned = menu.Locator("li.ant-menu-item", new() { HasText = "创新券" });
        await Expect(planned).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ant-menu-item-disabled"));
        await Expect(planned.GetByText("建设中")).ToBeVisibleAsync();
        Assert.Equal(5, await menu.Locator("li.ant-menu-item-disabled").CountAsync());
        await Expect(page.Locator(".seedbed-logo")).ToContainTextAsync("Seedbed 高企培育");
        // the overview table counts the seeded enterprises per jurisdiction
        await Expect(page.Locator("#jurisdiction-counts tr", new() { HasText = "祥符" })).ToContainTextAsync("15");
        await BrowserApp.ScreenshotAsync(page, "home");
    }
}
