using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Accounts;
using Seedbed.Core.Audit;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Security;

/// <summary>The login form, lockout, forced password change, idle timeout, tokens and the audit of sign-ins, through the real host.</summary>
public sealed class SignInTests : IDisposable
{
    private readonly ClockedWebFactory _factory = new();

    public SignInTests() => _factory.CreateClient().Dispose();

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpClient Http, TestAccount Account)> SignedInAsync(string name, string role = Roles.BureauStaff, bool mustChange = false)
    {
        var account = await _factory.AccountAsync(name, role, mustChange: mustChange);
        var http = CookieLogin.NewClient(_factory);
        var r = await CookieLogin.LoginAsync(http, account.UserName, account.Password);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return (http, account);
    }

    private async Task<List<AuditRecord>> AuditAsync(string action)
    {
        await using var db = await _factory.Db.CreateDbContextAsync();
        return await db.AuditRecords.Where(r => r.Action == action).OrderBy(r => r.Sequence).ToListAsync();
    }

    [Fact]
    public async Task Login_WithTheRightPassword_OpensThePages_AndIsAudited()
    {
        var (http, _) = await SignedInAsync("zhang");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/enterprises")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/jurisdictions")).StatusCode);   // the same cookie works for the API
        var success = Assert.Single(await AuditAsync(SignInAudit.Success));
        Assert.Equal(("zhang", Roles.BureauStaff, "user:zhang"), (success.User, success.Role, success.Target));
    }

    [Fact]
    public async Task Login_WithAWrongPassword_SaysSoInChinese_AndIsAudited()
    {
        var account = await _factory.AccountAsync("li", Roles.BureauStaff);
        var http = CookieLogin.NewClient(_factory);
        var r = await CookieLogin.LoginAsync(http, account.UserName, "Wrong-password-1");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("账号或密码错误", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("/enterprises")).StatusCode);   // not signed in
        var unknown = await CookieLogin.LoginAsync(http, "nobody", "Wrong-password-1");
        Assert.Contains("账号或密码错误", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);   // same answer: no account probing
        var failures = await AuditAsync(SignInAudit.Failure);
        Assert.Equal(["li", "nobody"], failures.Select(f => f.User));
        Assert.All(failures, f => Assert.Equal("failure", f.Result));
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        var account = await _factory.AccountAsync("wang", Roles.BureauStaff);
        var http = CookieLogin.NewClient(_factory);
        for (var i = 0; i < 4; i++)
            Assert.Contains("账号或密码错误", await (await CookieLogin.LoginAsync(http, "wang", "Wrong-password-1")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("已锁定 15 分钟", await (await CookieLogin.LoginAsync(http, "wang", "Wrong-password-1")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var right = await CookieLogin.LoginAsync(http, "wang", account.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);   // no redirect: still locked
        Assert.Contains("已锁定", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await _factory.Services.GetRequiredService<ManageUsers>().ResetPasswordAsync("wang", AuditActor.System);   // the admin unlocks
        Assert.False((await _factory.Services.GetRequiredService<ManageUsers>().ListAsync()).Single(u => u.UserName == "wang").LockedOut);
    }

    [Fact]
    public async Task FirstLogin_MustChangeThePassword_BeforeAnythingElse()
    {
        var (http, account) = await SignedInAsync("new-user", mustChange: true);
        var home = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/change-password", home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/api/jurisdictions")).StatusCode);
        var weak = await CookieLogin.PostFormAsync(http, "/account/change-password", "change-password", Form(account.Password, "short", "short"));
        Assert.Contains("密码至少需要10位", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var done = await CookieLogin.PostFormAsync(http, "/account/change-password", "change-password", Form(account.Password, "Brand-new-pass-9", "Brand-new-pass-9"));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        var again = CookieLogin.NewClient(_factory);
        Assert.Equal(HttpStatusCode.Redirect, (await CookieLogin.LoginAsync(again, "new-user", "Brand-new-pass-9")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/")).StatusCode);   // no more forced change
    }

    private static Dictionary<string, string> Form(string current, string next, string confirm) =>
        new() { ["Input.Current"] = current, ["Input.New"] = next, ["Input.Confirm"] = confirm };

    [Fact]
    public async Task IdleFor30Minutes_EndsTheSession_WhileActivityKeepsItAlive()
    {
        var (http, _) = await SignedInAsync("zhao");
        _factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/jurisdictions")).StatusCode);   // active: the cookie slides
        _factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/jurisdictions")).StatusCode);   // 40 min after login, 20 idle
        _factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/jurisdictions")).StatusCode);
        var page = await http.GetAsync("/enterprises");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedToken_AndDisabledAccount_Are401()
    {
        var account = await _factory.AccountAsync("script", Roles.BureauStaff);
        var http = _factory.AnonymousClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", account.Token);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/jurisdictions")).StatusCode);
        await using (var db = await _factory.Db.CreateDbContextAsync())
        {
            var token = await db.ApiTokens.SingleAsync(t => t.TokenHash == ApiTokens.HashOf(account.Token));
            Assert.True(await _factory.Services.GetRequiredService<ApiTokens>().RevokeAsync(token.Id, token.UserId, AuditActor.System));
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/jurisdictions")).StatusCode);

        var second = await _factory.Services.GetRequiredService<ApiTokens>().IssueAsync("script", "second", AuditActor.System);
        http.DefaultRequestHeaders.Authorization = new("Bearer", second);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/jurisdictions")).StatusCode);
        await _factory.Services.GetRequiredService<ManageUsers>().DisableAsync("script", AuditActor.System);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/jurisdictions")).StatusCode);
        Assert.Contains("账号已停用", await (await CookieLogin.LoginAsync(CookieLogin.NewClient(_factory), "script", account.Password)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        var r = await CookieLogin.NewClient(_factory).GetAsync("/account/login");
        var csp = string.Join(";", r.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'nonce-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", csp.Split("script-src")[1].Split(';')[0], StringComparison.Ordinal);   // inline scripts need the nonce
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", r.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task AuditVerify_FailsAfterARecordIsAlteredInTheDatabase()
    {
        await SignedInAsync("sun");
        await CookieLogin.LoginAsync(CookieLogin.NewClient(_factory), "sun", "Wrong-password-1");
        var verify = _factory.Services.GetRequiredService<VerifyAuditTrail>();
        Assert.True((await verify.ExecuteAsync()).Intact);
        await using (var db = await _factory.Db.CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditRecords\" SET \"Result\" = 'success' WHERE \"Action\" = 'login-failure'");
        var result = await verify.ExecuteAsync();
        Assert.False(result.Intact);
        Assert.NotNull(result.BrokenAtSequence);
    }
}

/// <summary>Rate limiting on the login form: a separate host with 3 attempts a minute.</summary>
public sealed class LoginRateLimitTests : IDisposable
{
    private readonly ClockedWebFactory _factory = new(loginAttemptsPerMinute: 3);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheFourthLoginPostWithinAMinute_Is429()
    {
        var http = CookieLogin.NewClient(_factory);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await CookieLogin.LoginAsync(http, "nobody", "Wrong-password-1")).StatusCode);
        var r = await CookieLogin.LoginAsync(http, "nobody", "Wrong-password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
        Assert.Contains("登录尝试过于频繁", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/account/login")).StatusCode);   // only the POSTs are limited
    }
}
