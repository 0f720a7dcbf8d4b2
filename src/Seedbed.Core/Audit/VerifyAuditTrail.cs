using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Audit;

public sealed record AuditVerification(long Checked, long? BrokenAtSequence, string Message)
{
    public bool Intact => BrokenAtSequence is null;
}

/// <summary><c>seedbed audit verify</c>: recomputes the hash chain from the first record and reports the first break.</summary>
[UseCase]
public sealed class VerifyAuditTrail(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<AuditVerification> ExecuteAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var prev = AuditChain.Genesis;
        long expected = 1, n = 0;
        await foreach (var r in db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            n++;
            if (r.Sequence != expected)
                return new(n, expected, $"审计记录缺失：第 {expected} 条不存在（下一条为第 {r.Sequence} 条），记录可能被删除");
            if (r.PrevHash != prev)
                return new(n, r.Sequence, $"第 {r.Sequence} 条审计记录的前序哈希不符，链条在此之前被篡改或删除");
            if (AuditChain.HashOf(r) != r.Hash)
                return new(n, r.Sequence, $"第 {r.Sequence} 条审计记录的内容与哈希不符，记录已被篡改");
            prev = r.Hash;
            expected++;
        }
        var head = (await db.Settings.AsNoTracking().SingleOrDefaultAsync(x => x.Key == AuditLog.HeadKey, ct))?.Value;
        var actual = n == 0 ? null : $"{(expected - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}:{prev}";
        if (head != actual)
            return new(n, expected, $"最新的审计记录与校验点不符（校验点 {head ?? "无"}），末尾记录可能被删除");
        return new(n, null, $"审计记录完整：共 {n} 条，哈希链校验通过");
    }
}
