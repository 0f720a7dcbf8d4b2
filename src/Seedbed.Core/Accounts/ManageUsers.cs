using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Accounts;

public sealed record UserItem(string UserName, string DisplayName, string Role, string? Jurisdiction, string? Enterprise,
    bool Disabled, bool MustChangePassword, bool LockedOut, bool IsDemo, DateTime CreatedAt);

/// <summary>
/// Account administration shared by the CLI (<c>seedbed users …</c>) and the admin UI. New and reset passwords are
/// random one-time passwords that must be changed at the next sign-in; no fixed default password exists anywhere.
/// </summary>
[UseCase]
public sealed class ManageUsers(IServiceScopeFactory scopes)
{
    public const string AdminUserName = "admin";

    public async Task<IReadOnlyList<UserItem>> ListAsync(CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SeedbedDb>();
        var j = await db.Jurisdictions.ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var e = await db.Enterprises.IgnoreQueryFilters().Where(x => db.Users.Any(u => u.EnterpriseId == x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var now = DateTimeOffset.UtcNow;
        return (await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct)).Select(u => new UserItem(u.UserName!, u.DisplayName, u.Role,
            u.JurisdictionId is { } jid ? j.GetValueOrDefault(jid) : null, u.EnterpriseId is { } eid ? e.GetValueOrDefault(eid) : null,
            u.Disabled, u.MustChangePassword, u.LockoutEnd > now, u.IsDemo, u.CreatedAt)).ToList();
    }

    /// <summary>Creates an account; returns its one-time password.</summary>
    public async Task<string> AddAsync(string userName, string role, string? displayName, string? jurisdiction, string? enterpriseUscc,
        AuditActor by, bool isDemo = false, string? password = null, CancellationToken ct = default)
    {
        if (!Roles.IsKnown(role)) throw new SeedbedValidationException("role", $"未知的角色“{role}”，可选：{string.Join("、", Roles.All.Select(r => $"{r.Code}（{r.Name}）"))}");
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SeedbedUser>>();
        var db = scope.ServiceProvider.GetRequiredService<SeedbedDb>();
        var user = new SeedbedUser { UserName = userName, DisplayName = displayName ?? userName, Role = role, CreatedAt = DateTime.UtcNow, IsDemo = isDemo, MustChangePassword = password is null };
        if (role == Roles.JurisdictionOfficer)
            user.JurisdictionId = (await db.Jurisdictions.SingleOrDefaultAsync(x => x.Name == jurisdiction, ct))?.Id
                ?? throw new SeedbedValidationException("jurisdiction", $"街道/园区专员须指定存在的属地（收到“{jurisdiction}”）");
        if (role == Roles.Enterprise)
            user.EnterpriseId = (await db.Enterprises.IgnoreQueryFilters().SingleOrDefaultAsync(x => x.Uscc == enterpriseUscc, ct))?.Id
                ?? throw new SeedbedValidationException("enterprise", $"企业用户须指定已登记企业的统一社会信用代码（收到“{enterpriseUscc}”）");
        var secret = password ?? PasswordPolicy.Generate();
        Check(await users.CreateAsync(user, secret), "userName");
        await users.SetLockoutEnabledAsync(user, true);
        db.AuditQueue.Add(new AuditEntry(by, "permission-change", $"user:{userName}", "success", $"新建账号，角色 {Roles.NameOf(role)}"));
        await db.SaveChangesAsync(ct);
        return secret;
    }

    /// <summary>First start: creates <c>admin</c> when there is no account at all; returns its one-time password, or null.</summary>
    public async Task<string?> EnsureAdminAsync(CancellationToken ct = default)
    {
        await using (var scope = scopes.CreateAsyncScope())
            if (await scope.ServiceProvider.GetRequiredService<SeedbedDb>().Users.AnyAsync(ct)) return null;
        return await AddAsync(AdminUserName, Roles.BureauAdmin, "系统管理员", null, null, AuditActor.System, ct: ct);
    }

    public async Task DisableAsync(string userName, AuditActor by, CancellationToken ct = default) =>
        await ChangeAsync(userName, by, "停用账号", async (users, u) =>
        {
            u.Disabled = true;
            Check(await users.UpdateAsync(u), "userName");
            await users.UpdateSecurityStampAsync(u); // ends existing sessions
            return "";
        }, ct);

    /// <summary>Sets a new one-time password, clears a lockout; returns the password.</summary>
    public Task<string> ResetPasswordAsync(string userName, AuditActor by, CancellationToken ct = default) =>
        ChangeAsync(userName, by, "重置密码", async (users, u) =>
        {
            var secret = PasswordPolicy.Generate();
            Check(await users.RemovePasswordAsync(u), "password");
            Check(await users.AddPasswordAsync(u, secret), "password");
            u.MustChangePassword = true;
            Check(await users.UpdateAsync(u), "userName");
            await users.SetLockoutEndDateAsync(u, null);
            await users.ResetAccessFailedCountAsync(u);
            return secret;
        }, ct);

    private async Task<string> ChangeAsync(string userName, AuditActor by, string what, Func<UserManager<SeedbedUser>, SeedbedUser, Task<string>> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SeedbedUser>>();
        var db = scope.ServiceProvider.GetRequiredService<SeedbedDb>();
        var user = await users.FindByNameAsync(userName) ?? throw new SeedbedValidationException("userName", $"账号“{userName}”不存在");
        var result = await change(users, user);
        db.AuditQueue.Add(new AuditEntry(by, "permission-change", $"user:{userName}", "success", what));
        await db.SaveChangesAsync(ct);
        return result;
    }

    private static void Check(IdentityResult r, string location)
    {
        if (!r.Succeeded) throw new SeedbedValidationException(r.Errors.Select(e => new InputIssue(location, Chinese(e))).ToList());
    }

    private static string Chinese(IdentityError e) => e.Code switch
    {
        "DuplicateUserName" => "账号名已存在",
        "InvalidUserName" => "账号名只能包含字母、数字和 -._@+",
        _ => e.Description,
    };
}
