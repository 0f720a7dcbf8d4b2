using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Enterprises;

/// <summary>One history entry; <see cref="At"/> is UTC.</summary>
public sealed record ChangeRecordItem(long Id, DateTime At, string Actor, string Source, string Field, string? OldValue, string? NewValue);

/// <summary>The change history of one enterprise (变更记录), newest first, paged. Returns null when there is no such enterprise.</summary>
[UseCase]
public sealed class GetEnterpriseHistory(IDbContextFactory<SeedbedDb> factory)
{
    public const int MaxPageSize = 200;

    public async Task<Paged<ChangeRecordItem>?> ExecuteAsync(int enterpriseId, int page, int pageSize, CancellationToken ct = default)
    {
        if (page < 1) throw new SeedbedValidationException("page", "页码必须大于等于1");
        if (pageSize is < 1 or > MaxPageSize) throw new SeedbedValidationException("pageSize", $"每页条数必须在1到{MaxPageSize}之间");
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Enterprises.AnyAsync(e => e.Id == enterpriseId, ct)) return null;
        var q = db.ChangeRecords.AsNoTracking().Where(c => c.EnterpriseId == enterpriseId);
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(c => c.At).ThenByDescending(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new ChangeRecordItem(c.Id, c.At, c.Actor, c.Source, c.Field, c.OldValue, c.NewValue))
            .ToListAsync(ct);
        // SQLite returns DateTime with Kind=Unspecified; the values are UTC by construction.
        return new Paged<ChangeRecordItem>(total, items.Select(i => i with { At = DateTime.SpecifyKind(i.At, DateTimeKind.Utc) }).ToList());
    }
}
