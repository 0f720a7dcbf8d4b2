using Microsoft.AspNetCore.Identity;
using Seedbed.Core.Accounts;

namespace Seedbed.Web.Security;

public sealed record SignInOutcome(bool Succeeded, string? Error = null, bool MustChangePassword = false);

/// <summary>
/// The login form's work: password check with lockout (5 failures → 15 minutes), disabled accounts refused, every
/// attempt audited with the client's IP. Messages do not reveal whether an account name exists.
/// </summary>
public sealed class SignInService(SignInManager<SeedbedUser> signIn, UserManager<SeedbedUser> users, SignInAudit audit)
{
    public const string Wrong = "账号或密码错误";

    public async Task<SignInOutcome> SignInAsync(string userName, string password, string? ip, CancellationToken ct = default)
    {
        userName = userName.Trim();
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            await audit.RecordAsync(userName, null, ip, SignInAudit.Failure, "账号不存在", ct);
            return new(false, Wrong);
        }
        if (user.Disabled)
        {
            await audit.RecordAsync(userName, user.Role, ip, SignInAudit.Failure, "账号已停用", ct);
            return new(false, "账号已停用，请联系管理员");
        }
        var r = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (r.Succeeded)
        {
            await audit.RecordAsync(userName, user.Role, ip, SignInAudit.Success, null, ct);
            return new(true, MustChangePassword: user.MustChangePassword);
        }
        if (r.IsLockedOut)
        {
            await audit.RecordAsync(userName, user.Role, ip, SignInAudit.Failure, "账号已锁定", ct);
            return new(false, "连续登录失败次数过多，账号已锁定 15 分钟，请稍后再试或联系管理员解锁");
        }
        await audit.RecordAsync(userName, user.Role, ip, SignInAudit.Failure, "密码错误", ct);
        return new(false, Wrong);
    }

    public async Task SignOutAsync(HttpContext http)
    {
        if (http.User.Identity is { IsAuthenticated: true, Name: { } name })
            await audit.RecordAsync(name, http.User.Role(), http.Connection.RemoteIpAddress?.ToString(), SignInAudit.Logout, null, http.RequestAborted);
        await signIn.SignOutAsync();
    }

    /// <summary>After a password change: a fresh cookie without the first-login flag.</summary>
    public async Task RefreshAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is not null) await signIn.RefreshSignInAsync(user);
    }
}
