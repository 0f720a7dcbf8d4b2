using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Accounts;

/// <summary>A user changes their own password (required after the first sign-in and after a reset).</summary>
[UseCase]
public sealed class ChangePassword(IServiceScopeFactory scopes)
{
    public async Task ExecuteAsync(string userId, string current, string next, AuditActor by, CancellationToken ct = default)
    {
        if (string.Equals(current, next, StringComparison.Ordinal))
            throw new SeedbedValidationException("newPassword", "新密码不能与当前密码相同");
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SeedbedUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new SeedbedValidationException("user", "账号不存在");
        var r = await users.ChangePasswordAsync(user, current, next);
        if (!r.Succeeded)
        {
            // Identity's built-in length rule repeats ours in English: keep the Chinese policy message and the mismatch
            var own = r.Errors.Where(e => e.Code is "PasswordMismatch" or "PasswordPolicy").ToList();
            throw new SeedbedValidationException((own.Count > 0 ? own : r.Errors).Select(e => e.Code == "PasswordMismatch"
                ? new InputIssue("currentPassword", "当前密码不正确") : new InputIssue("newPassword", e.Description)).ToList());
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        var db = scope.ServiceProvider.GetRequiredService<SeedbedDb>();
        db.AuditQueue.Add(new AuditEntry(by, "password-change", $"user:{user.UserName}", "success", "修改密码"));
        await db.SaveChangesAsync(ct);
    }
}
