using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Seedbed.Core.Accounts;
using Seedbed.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Seedbed.Web.Tests.Browser;

/// <summary>Signing in as each role in a real browser: the menu shows only what the role may use, lists only what it may see.</summary>
[Collection(BrowserGroup.Name)]
public class RoleBrowserTests(BrowserApp app)
{
    public static readonly TheoryData<string, bool, bool> Menus = new()
    {
        { Roles.BureauAdmin, true, true }, { Roles.BureauStaff, true, true }, { Roles.JurisdictionOfficer, true, false },
        { Roles.ServiceOfficer, true, false }, { Roles.FinanceReviewer, false, false }, { Roles.Reviewer, false, false },
        { Roles.Enterprise, true, false },
    };

    private Task<TestAccount> AccountAsync(string role) =>
        app.Factory.AccountAsync("browser-" + role, role, "祥符", TestData.NumberedUscc(3));

    [Theory, MemberData(nameof(Menus))]
    public async Task TheMenu_ShowsOnlyWhatTheRoleMayUse(string role, bool enterprises, bool import)
    {
        var page = await app.OpenAsync("/", await AccountAsync(role));
        await Expect(page.Locator("#current-role")).ToHaveTextAsync(Roles.NameOf(role));
        var menu = page.Locator(".seedbed-menu");
        await Expect(menu.GetByText("首页", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByText("企业库", new() { Exact = true })).ToHaveCountAsync(enterprises ? 1 : 0);
        await Expect(menu.GetByText("科技度体检", new() { Exact = true })).ToHaveCountAsync(enterprises ? 1 : 0);
        await Expect(menu.GetByText("数据导入", new() { Exact = true })).ToHaveCountAsync(import ? 1 : 0);
        await Expect(menu.GetByText("目标考核", new() { Exact = true })).ToHaveCountAsync(Seedbed.Web.Security.Policies.PlanRoles.Contains(role) ? 1 : 0);
        await BrowserApp.ScreenshotAsync(page, "menu-" + role);
        if (!enterprises)
        {
            await page.GotoAsync("/enterprises");   // typed by hand: refused, not shown
            await Expect(page.GetByText("无权访问").First).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task JurisdictionOfficer_ListsOnlyTheirJurisdiction()
    {
        var page = await app.OpenAsync("/enterprises", await AccountAsync(Roles.JurisdictionOfficer));
        await Expect(page.GetByText(TestData.NumberedName(1), new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText(TestData.NumberedName(16), new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByText(TestData.SparkName, new() { Exact = true })).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "officer-enterprises");
    }

    [Fact]
    public async Task LoginPage_SignsIn_AuditsTheIp_AndLogoutEndsTheSession()
    {
        var account = await AccountAsync(Roles.BureauStaff);
        var page = await app.NewSignedOutPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync("/enterprises");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl="));
        await Expect(page.Locator("h1")).ToHaveTextAsync("登录");
        await Expect(page.Locator("#demo-accounts")).ToHaveCountAsync(0);   // not demo mode: no passwords shown
        await BrowserApp.ScreenshotAsync(page, "login");
        await page.FillAsync("#username", account.UserName);
        await page.FillAsync("#password", account.Password);
        await page.ClickAsync("#login-submit");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/enterprises$"));   // back where the user wanted to go
        await page.WaitForSelectorAsync("#interactive-ready", new() { State = WaitForSelectorState.Attached });
        await Expect(page.Locator("#current-user")).ToContainTextAsync(account.UserName);
        await page.ClickAsync("#logout");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.GotoAsync("/enterprises");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
        await using var db = await app.Factory.Db.CreateDbContextAsync();
        var login = await db.AuditRecords.Where(r => r.Action == SignInAudit.Success && r.User == account.UserName).OrderBy(r => r.Sequence).LastAsync();
        Assert.Equal("127.0.0.1", login.Ip);
        Assert.True(await db.AuditRecords.AnyAsync(r => r.Action == SignInAudit.Logout && r.User == account.UserName));
    }

    [Theory]
    [InlineData("/pools")]
    [InlineData("/certifications")]
    [InlineData("/sunrise")]
    public async Task ModulePages_RunUnderTheContentSecurityPolicy_WithoutErrors(string path)
    {
        var page = await app.OpenAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var errors = BrowserApp.ErrorsOf(page).Where(e => !e.StartsWith("Error: <svg> attribute width", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
    }
}
