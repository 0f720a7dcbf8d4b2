using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Audit;

/// <summary>
/// Appends entries to the hash-chained audit trail inside the caller's transaction, so a data change and its audit
/// record are written together or not at all. Writers are serialised (in-process lock, PostgreSQL advisory lock; SQLite
/// allows one writer), and the unique <see cref="AuditRecord.Sequence"/> is the last guard against a forked chain.
/// </summary>
public static class AuditLog
{
    public const string HeadKey = "audit.head";
    private const long AdvisoryLockKey = 0x5EEDBED;
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Appends and saves; call inside a transaction that also holds the audited change.</summary>
    public static async Task AppendAsync(SeedbedDb db, IReadOnlyList<AuditEntry> entries, DateTime utcNow, Func<CancellationToken, Task> save, CancellationToken ct)
    {
        if (entries.Count == 0) return;
        await Gate.WaitAsync(ct);
        try
        {
            if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
            var last = await db.AuditRecords.OrderByDescending(r => r.Sequence).Select(r => new { r.Sequence, r.Hash }).FirstOrDefaultAsync(ct);
            var (seq, prev) = last is null ? (0L, AuditChain.Genesis) : (last.Sequence, last.Hash);
            var at = AuditChain.Truncate(utcNow);
            foreach (var e in entries)
            {
                var r = new AuditRecord
                {
                    Sequence = ++seq, At = at, User = e.Actor.User, Role = e.Actor.Role, Ip = e.Actor.Ip,
                    Action = e.Action, Target = e.Target, Result = e.Result, Detail = e.Detail, PrevHash = prev, Hash = "",
                };
                r.Hash = AuditChain.HashOf(r);
                prev = r.Hash;
                db.AuditRecords.Add(r);
            }
            // the head checkpoint: deleting the newest records is detected too (verify compares the last record with it)
            var head = await db.Settings.FindAsync([HeadKey], ct);
            if (head is null) db.Settings.Add(new AppSetting { Key = HeadKey, Value = $"{seq.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{prev}" });
            else head.Value = $"{seq.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{prev}";
            await save(ct);
        }
        finally
        {
            Gate.Release();
        }
    }
}
