using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Pipeline;

/// <summary>
/// Records (or withdraws) an enterprise's intention to apply for HNTE certification in a calendar year (申报意愿), by staff
/// or by the enterprise's own account (the source says which). Audited as <c>update</c> of the enterprise.
/// </summary>
[UseCase]
public sealed class RecordIntention(IDbContextFactory<SeedbedDb> factory)
{
    public async Task ExecuteAsync(int enterpriseId, int year, bool willing, string? note = null, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100) throw new SeedbedValidationException("year", "年份无效");
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Enterprises.AnyAsync(e => e.Id == enterpriseId, ct)) throw new SeedbedValidationException("enterpriseId", "企业不存在");
        var existing = await db.PoolIntentions.SingleOrDefaultAsync(i => i.EnterpriseId == enterpriseId && i.Year == year, ct);
        var y = year.ToString(CultureInfo.InvariantCulture);
        if (willing && existing is null)
        {
            db.PoolIntentions.Add(new PoolIntention
            {
                EnterpriseId = enterpriseId, Year = year, RecordedAt = db.UtcNow(), RecordedBy = db.Auditor.User,
                Source = db.Auditor.Role == Roles.Enterprise ? "enterprise" : "staff", Note = note?.Trim() is { Length: > 0 } n ? n : null,
            });
            db.AuditQueue.Add(PoolMoveWriter.Audit(db, "update", enterpriseId, $"登记 {y} 年国高企申报意愿"));
        }
        else if (!willing && existing is not null)
        {
            db.PoolIntentions.Remove(existing);
            db.AuditQueue.Add(PoolMoveWriter.Audit(db, "update", enterpriseId, $"撤回 {y} 年国高企申报意愿"));
        }
        else return;
        await db.SaveChangesAsync(ct);
    }
}
