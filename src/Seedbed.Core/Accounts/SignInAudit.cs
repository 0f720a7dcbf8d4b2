using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Data;

namespace Seedbed.Core.Accounts;

/// <summary>Writes login success and failure (with the reason and the client's IP) to the audit trail.</summary>
[UseCase]
public sealed class SignInAudit(IDbContextFactory<SeedbedDb> factory)
{
    public const string Success = "login-success";
    public const string Failure = "login-failure";
    public const string Logout = "logout";

    public async Task RecordAsync(string userName, string? role, string? ip, string action, string? reason = null, CancellationToken ct = default)
    {
        // a typed-in user name is untrusted input: keep it short in the trail
        var name = userName.Length > 64 ? userName[..64] : userName;
        await using var db = await factory.CreateDbContextAsync(ct);
        db.AuditQueue.Add(new AuditEntry(new AuditActor(name, role ?? "unknown", ip), action, $"user:{name}",
            action == Failure ? "failure" : "success", reason));
        await db.SaveChangesAsync(ct);
    }
}
