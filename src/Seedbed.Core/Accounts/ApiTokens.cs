using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Accounts;

/// <summary>A token as listed to its owner (never the token itself). Times are UTC.</summary>
public sealed record ApiTokenItem(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt)
{
    public bool Active => RevokedAt is null;
}

/// <summary>Personal API tokens: issued once in clear text, stored as SHA-256, revocable.</summary>
[UseCase]
public sealed class ApiTokens(IDbContextFactory<SeedbedDb> factory)
{
    public const string Prefix = "sbt_";
    public const int MaxNameLength = 100;

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public async Task<string> IssueAsync(string userName, string name, AuditActor by, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length == 0) throw new SeedbedValidationException("name", "请输入令牌名称（用途）");
        if (name.Length > MaxNameLength) throw new SeedbedValidationException("name", $"令牌名称不能超过{MaxNameLength}个字");
        await using var db = await factory.CreateDbContextAsync(ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == userName, ct) ?? throw new SeedbedValidationException("user", $"账号“{userName}”不存在");
        if (user.Disabled) throw new SeedbedValidationException("user", $"账号“{userName}”已停用");
        var token = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        db.ApiTokens.Add(new ApiToken { UserId = user.Id, Name = name, Prefix = token[..10], TokenHash = HashOf(token), CreatedAt = DateTime.UtcNow });
        db.AuditQueue.Add(new AuditEntry(by, "permission-change", $"user:{userName}", "success", $"签发接口令牌“{name}”（{token[..10]}…）"));
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The tokens of one account, newest first, revoked ones included (marked).</summary>
    public async Task<IReadOnlyList<ApiTokenItem>> ListAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(ct);
        return rows.Select(t => new ApiTokenItem(t.Id, t.Name, t.Prefix, Utc(t.CreatedAt), t.LastUsedAt is { } u ? Utc(u) : null,
            t.RevokedAt is { } r ? Utc(r) : null)).ToList();
    }

    public async Task<bool> RevokeAsync(int tokenId, string userId, AuditActor by, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var t = await db.ApiTokens.SingleOrDefaultAsync(x => x.Id == tokenId && x.UserId == userId && x.RevokedAt == null, ct);
        if (t is null) return false;
        t.RevokedAt = DateTime.UtcNow;
        db.AuditQueue.Add(new AuditEntry(by, "permission-change", $"token:{t.Prefix}", "success", "吊销接口令牌"));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The active account a presented token belongs to, or null (unknown, revoked, or the account disabled).</summary>
    public async Task<SeedbedUser?> ValidateAsync(string presented, CancellationToken ct = default)
    {
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        await using var db = await factory.CreateDbContextAsync(ct);
        var hash = HashOf(presented);
        var t = await db.ApiTokens.SingleOrDefaultAsync(x => x.TokenHash == hash && x.RevokedAt == null, ct);
        if (t is null) return null;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == t.UserId && !u.Disabled, ct);
        if (user is null) return null;
        t.LastUsedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        return user;
    }

    // SQLite reads timestamps back with an unspecified kind; they are UTC by construction
    private static DateTime Utc(DateTime d) => DateTime.SpecifyKind(d, DateTimeKind.Utc);

    private static string Base64Url(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
