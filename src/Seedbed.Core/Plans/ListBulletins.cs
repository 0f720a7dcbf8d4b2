using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>A bulletin in the list of past bulletins.</summary>
public sealed record BulletinItem(int Id, int PlanId, string Period, string PeriodLabel, string Title, string Number, DateOnly IssuedOn,
    DateTime GeneratedAt, string GeneratedBy);

/// <summary>Past bulletins, newest first (all plans, or one plan; optionally one period).</summary>
[UseCase]
public sealed class ListBulletins(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<IReadOnlyList<BulletinItem>> ExecuteAsync(int? planId = null, string? period = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Bulletins.AsNoTracking();
        if (planId is { } p) query = query.Where(b => b.PlanId == p);
        if (!string.IsNullOrWhiteSpace(period))
        {
            var normal = PlanPeriod.Parse(period).ToString();
            query = query.Where(b => b.Period == normal);
        }
        var rows = await query.OrderByDescending(b => b.Id)
            .Select(b => new { b.Id, b.PlanId, b.Period, b.Title, b.Number, b.IssuedOn, b.GeneratedAt, b.GeneratedBy }).ToListAsync(ct);
        return [.. rows.Select(b => new BulletinItem(b.Id, b.PlanId, b.Period, PlanPeriod.Parse(b.Period).Label, b.Title, b.Number, b.IssuedOn,
            DateTime.SpecifyKind(b.GeneratedAt, DateTimeKind.Utc), b.GeneratedBy))];
    }
}
