using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Accounts;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Accounts;

public class AccountTests
{
    private static readonly AuditActor Admin = new("admin", Roles.BureauAdmin);

    [Theory]
    [InlineData("Abcdefghi1", true)]     // upper, lower, digit
    [InlineData("abcdefgh1!", true)]     // lower, digit, symbol
    [InlineData("abcdefghij", false)]    // one class
    [InlineData("abcdefgh12", false)]    // two classes
    [InlineData("Abc1!", false)]         // too short
    public void PasswordPolicy_TenCharactersThreeClasses(string password, bool ok) => Assert.Equal(ok, PasswordPolicy.Check(password) is null);

    [Fact]
    public void GeneratedPasswords_MeetThePolicy_AndDiffer()
    {
        var a = PasswordPolicy.Generate();
        Assert.Null(PasswordPolicy.Check(a));
        Assert.NotEqual(a, PasswordPolicy.Generate());
    }

    [Theory, Providers]
    public async Task FirstStart_CreatesAdminOnceWithAOneTimePassword(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var users = t.Get<ManageUsers>();
        var secret = await users.EnsureAdminAsync();
        Assert.NotNull(secret);
        Assert.Null(PasswordPolicy.Check(secret));
        Assert.Null(await users.EnsureAdminAsync());
        var admin = (await users.ListAsync()).Single();
        Assert.Equal(("admin", Roles.BureauAdmin, true), (admin.UserName, admin.Role, admin.MustChangePassword));
        await using var scope = t.Services.CreateAsyncScope();
        var um = scope.ServiceProvider.GetRequiredService<UserManager<SeedbedUser>>();
        Assert.True(await um.CheckPasswordAsync((await um.FindByNameAsync("admin"))!, secret!));
    }

    [Theory, Providers]
    public async Task Lockout_AfterFiveFailedPasswords_ForFifteenMinutes(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await t.Get<ManageUsers>().AddAsync("zhang", Roles.BureauStaff, "张三", null, null, Admin);
        await using var scope = t.Services.CreateAsyncScope();
        var um = scope.ServiceProvider.GetRequiredService<UserManager<SeedbedUser>>();
        var u = (await um.FindByNameAsync("zhang"))!;
        for (var i = 0; i < 5; i++) await um.AccessFailedAsync(u);
        Assert.True(await um.IsLockedOutAsync(u));
        Assert.InRange((await um.GetLockoutEndDateAsync(u))!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));
        var secret = await t.Get<ManageUsers>().ResetPasswordAsync("zhang", Admin);
        var again = (await um.FindByNameAsync("zhang"))!;
        await scope.ServiceProvider.GetRequiredService<Data.SeedbedDb>().Entry(again).ReloadAsync();
        Assert.False(await um.IsLockedOutAsync(again));
        Assert.True(await um.CheckPasswordAsync(again, secret));
    }

    [Theory, Providers]
    public async Task AddUser_ValidatesRoleJurisdictionAndDuplicates_InChinese(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var users = t.Get<ManageUsers>();
        Assert.Contains("未知的角色", (await Assert.ThrowsAsync<SeedbedValidationException>(() => users.AddAsync("a", "boss", null, null, null, Admin))).Message, StringComparison.Ordinal);
        Assert.Contains("须指定存在的属地", (await Assert.ThrowsAsync<SeedbedValidationException>(() => users.AddAsync("b", Roles.JurisdictionOfficer, null, "火星", null, Admin))).Message, StringComparison.Ordinal);
        await users.AddAsync("c", Roles.JurisdictionOfficer, null, "祥符", null, Admin);
        Assert.Contains("账号名已存在", (await Assert.ThrowsAsync<SeedbedValidationException>(() => users.AddAsync("c", Roles.BureauStaff, null, null, null, Admin))).Message, StringComparison.Ordinal);
        Assert.Contains("密码须包含", (await Assert.ThrowsAsync<SeedbedValidationException>(() => users.AddAsync("d", Roles.BureauStaff, null, null, null, Admin, password: "abcdefghijk"))).Message, StringComparison.Ordinal);
        await using var db = t.NewContext();
        Assert.Equal(1, await db.AuditRecords.CountAsync(r => r.Action == "permission-change" && r.Target == "user:c"));
    }

    [Theory, Providers]
    public async Task ApiTokens_AreStoredHashed_AndStopWorkingWhenRevokedOrTheAccountIsDisabled(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await t.Get<ManageUsers>().AddAsync("li", Roles.BureauStaff, "李四", null, null, Admin);
        var tokens = t.Get<ApiTokens>();
        var token = await tokens.IssueAsync("li", "脚本", Admin);
        Assert.StartsWith(ApiTokens.Prefix, token, StringComparison.Ordinal);
        await using (var db = t.NewContext())
        {
            var stored = await db.ApiTokens.SingleAsync();
            Assert.Equal(ApiTokens.HashOf(token), stored.TokenHash);
            Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);
        }
        Assert.Equal("li", (await tokens.ValidateAsync(token))!.UserName);
        Assert.Null(await tokens.ValidateAsync(token + "x"));
        var second = await tokens.IssueAsync("li", "第二个", Admin);
        await using (var db = t.NewContext())
        {
            var first = await db.ApiTokens.OrderBy(x => x.Id).FirstAsync();
            Assert.True(await tokens.RevokeAsync(first.Id, first.UserId, Admin));
        }
        Assert.Null(await tokens.ValidateAsync(token));
        Assert.NotNull(await tokens.ValidateAsync(second));
        await t.Get<ManageUsers>().DisableAsync("li", Admin);
        Assert.Null(await tokens.ValidateAsync(second));
    }

    [Theory, Providers]
    public async Task ApiTokens_List_ShowsTheOwnersTokensNewestFirst_WithoutTheSecret(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var users = t.Get<ManageUsers>();
        await users.AddAsync("li", Roles.BureauStaff, "李四", null, null, Admin);
        await users.AddAsync("wang", Roles.BureauStaff, "王五", null, null, Admin);
        var tokens = t.Get<ApiTokens>();
        var first = await tokens.IssueAsync("li", "脚本", Admin);
        await tokens.IssueAsync("li", "报表", Admin);
        await tokens.IssueAsync("wang", "别人的", Admin);
        await tokens.ValidateAsync(first);
        string li;
        await using (var db = t.NewContext()) li = (await db.Users.SingleAsync(u => u.UserName == "li")).Id;

        var list = await tokens.ListAsync(li);
        Assert.Equal(["报表", "脚本"], list.Select(x => x.Name));
        Assert.Equal(first[..10], list[1].Prefix);
        Assert.NotNull(list[1].LastUsedAt);
        Assert.Null(list[0].LastUsedAt);
        Assert.All(list, x => Assert.Equal(DateTimeKind.Utc, x.CreatedAt.Kind));
        Assert.All(list, x => Assert.True(x.Active));
        Assert.True(await tokens.RevokeAsync(list[1].Id, li, Admin));
        var after = await tokens.ListAsync(li);
        Assert.Equal([true, false], after.Select(x => x.Active));
        Assert.False(await tokens.RevokeAsync(list[1].Id, li, Admin));          // already revoked
        Assert.Empty(await tokens.ListAsync("no-such-user"));
        Assert.Equal("name", (await Assert.ThrowsAsync<SeedbedValidationException>(() => tokens.IssueAsync("li", "  ", Admin))).Issues.Single().Location);
    }

    [Theory, Providers]
    public async Task UserScope_FollowsTheRole(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        int park;
        await using (var db = t.NewContext())
        {
            var e = new Enterprise { Uscc = Uscc.Complete("91330105ACC000001"), Name = "园区企业", JurisdictionId = db.Jurisdictions.Single(j => j.Name == "园区").Id };
            db.Enterprises.Add(e);
            await db.SaveChangesAsync();
            park = e.Id;
        }
        var users = t.Get<ManageUsers>();
        await users.AddAsync("officer", Roles.JurisdictionOfficer, null, "祥符", null, Admin);
        await users.AddAsync("firm", Roles.Enterprise, null, null, Uscc.Complete("91330105ACC000001"), Admin);
        await users.AddAsync("svc", Roles.ServiceOfficer, null, null, null, Admin);
        await users.AddAsync("fin", Roles.FinanceReviewer, null, null, null, Admin);
        await using var ctx = t.NewContext();
        var svc = await ctx.Users.SingleAsync(u => u.UserName == "svc");
        ctx.ServiceAssignments.Add(new ServiceAssignment { OfficerId = svc.Id, EnterpriseId = park, AssignedAt = DateTime.UtcNow });
        await ctx.SaveChangesAsync();
        async Task<AccessScope> Of(string name) => await UserScope.ForAsync(ctx, await ctx.Users.SingleAsync(u => u.UserName == name));
        Assert.Equal([ctx.Jurisdictions.Single(j => j.Name == "祥符").Id], (await Of("officer")).JurisdictionIds);
        Assert.Equal([park], (await Of("firm")).EnterpriseIds);
        Assert.Equal([park], (await Of("svc")).EnterpriseIds);
        Assert.False((await Of("fin")).All);
        Assert.Empty((await Of("fin")).EnterpriseIds);
    }
}
