using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Seedbed.Core.Accounts;
using Seedbed.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Seedbed.Web.Tests.Browser;

[Collection(BrowserGroup.Name)]
public class AdminBrowserTests(BrowserApp app)
{
    private static ILocator Rows(IPage page) => page.Locator("#audit-table tbody tr.ant-table-row");

    [Fact]
    public async Task AuditLog_FiltersByEnterprise_ShowsTheChangedFields_AndLinksTheExport()
    {
        var page = await app.OpenAsync("/admin/audit");
        await Expect(page.Locator(".seedbed-menu").GetByText("审计日志")).ToBeVisibleAsync();
        await Expect(Rows(page).First).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "admin-audit");

        var enterprise = page.Locator("#audit-enterprise");
        await enterprise.FillAsync("星火");
        await enterprise.PressAsync("Enter");
        await Expect(Rows(page)).ToHaveCountAsync(1);
        Assert.Contains("enterprise=%E6%98%9F%E7%81%AB", page.Url, StringComparison.Ordinal);
        await Expect(Rows(page).First).ToContainTextAsync(TestData.SparkName);
        await Expect(Rows(page).First).ToContainTextAsync("新增");
        await Expect(page.Locator("#audit-total")).ToContainTextAsync("共 1 条记录");
        await Expect(page.Locator("#audit-export")).ToHaveAttributeAsync("href", new Regex("/api/audit/export\\?enterprise=%E6%98%9F%E7%81%AB"));

        await Rows(page).First.Locator(".ant-table-row-expand-icon").ClickAsync();
        var changes = page.Locator("#audit-table .audit-changes");
        await Expect(changes).ToBeVisibleAsync();
        await Expect(changes.Locator("thead")).ToContainTextAsync("原值");
        await Expect(changes.Locator("tbody tr").First).ToContainTextAsync($"新建：{TestData.SparkName}");
        await Expect(page.Locator("#audit-table .audit-hash")).ToContainTextAsync("哈希");
        await BrowserApp.ScreenshotAsync(page, "admin-audit-expanded");
    }

    [Fact]
    public async Task AuditLog_IsForAdminsOnly_ButEveryoneHasTheirTokens()
    {
        var staff = await app.Factory.AccountAsync("browser-staff", Roles.BureauStaff);
        var denied = await app.NewPageAsync(staff);
        await denied.GotoAsync("/admin/audit");
        await Expect(denied.Locator("h1")).ToHaveTextAsync("无权访问");
        await Expect(Rows(denied)).ToHaveCountAsync(0);
        await denied.GotoAsync("/admin/users");
        await Expect(denied.Locator("h1")).ToHaveTextAsync("无权访问");

        var page = await app.OpenAsync("/", staff);
        var menu = page.Locator(".seedbed-menu");
        await menu.GetByText("系统管理").ClickAsync();
        await Expect(menu.GetByText("我的接口令牌")).ToBeVisibleAsync();
        await Expect(menu.GetByText("审计日志")).ToHaveCountAsync(0);
        await Expect(menu.GetByText("用户管理")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Users_AddAnOfficer_ShowsTheOneTimePasswordOnce()
    {
        var page = await app.OpenAsync("/admin/users");
        await page.Locator("#users-add").ClickAsync();
        await page.Locator("#add-user-name").FillAsync("browser-officer");
        await page.Locator("#add-user-display").FillAsync("王专员");
        await page.Locator("#add-user-role").ClickAsync();
        await page.Locator(".ant-select-item-option", new() { HasText = "街道/园区专员" }).ClickAsync();
        await page.Locator("#add-user-jurisdiction").ClickAsync();
        await page.Locator(".ant-select-item-option", new() { HasText = "祥符" }).ClickAsync();
        await page.Locator("#add-user-submit").ClickAsync();

        var secret = page.Locator("#one-time-password");
        await Expect(secret).ToBeVisibleAsync();
        Assert.Null(PasswordPolicy.Check(await secret.InnerTextAsync()));
        await BrowserApp.ScreenshotAsync(page, "admin-users-password");
        await page.Locator("#password-done").ClickAsync();
        await Expect(secret).ToHaveCountAsync(0);
        var row = page.Locator("#users-table tr", new() { HasText = "browser-officer" });
        await Expect(row).ToContainTextAsync("街道/园区专员");
        await Expect(row).ToContainTextAsync("祥符");
        await Expect(row).ToContainTextAsync("待修改密码");
    }

    [Fact]
    public async Task Tokens_CreateShowsTheTokenOnce_ThenRevoke()
    {
        var page = await app.OpenAsync("/account/tokens", await app.Factory.AccountAsync("browser-tokens", Roles.BureauStaff));
        await page.Locator("#token-name").FillAsync("报表脚本");
        await page.Locator("#token-create").ClickAsync();
        var token = page.Locator("#new-token");
        await Expect(token).ToHaveTextAsync(new Regex("^sbt_"));
        await BrowserApp.ScreenshotAsync(page, "account-tokens-created");
        await page.Locator("#token-done").ClickAsync();
        var row = page.Locator("#tokens-table tr", new() { HasText = "报表脚本" });
        await Expect(row).ToContainTextAsync("有效");
        await row.Locator(".token-revoke").ClickAsync();
        await page.Locator(".ant-popover .ant-btn-primary").ClickAsync();
        await Expect(row).ToContainTextAsync("已吊销");
    }
}
