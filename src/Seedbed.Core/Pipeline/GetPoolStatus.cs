using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Pipeline;

public sealed record PoolMoveItem(long Id, string? FromTier, string ToTier, DateOnly On, DateTime At, string Actor, string Reason,
    string? ExitReason, string? RulesId, int? RulesVersion, long? ProposalId);

public sealed record PoolIntentionItem(int Year, DateTime RecordedAt, string RecordedBy, string Source, string? Note);

/// <summary>One enterprise's place in the pool: current tier (null = not in the pool), full move history (newest first),
/// pending proposals and intentions to apply.</summary>
public sealed record PoolStatusView(int EnterpriseId, string? Tier, DateOnly? Since, string? ExitReason, IReadOnlyList<PoolMoveItem> Moves,
    IReadOnlyList<PoolProposal> Pending, IReadOnlyList<PoolIntentionItem> Intentions);

[UseCase]
public sealed class GetPoolStatus(IDbContextFactory<SeedbedDb> factory)
{
    /// <summary>Null when the enterprise does not exist or is outside the scope.</summary>
    public async Task<PoolStatusView?> ExecuteAsync(int enterpriseId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Enterprises.AnyAsync(e => e.Id == enterpriseId, ct)) return null;
        var m = await db.PoolMemberships.AsNoTracking().SingleOrDefaultAsync(x => x.EnterpriseId == enterpriseId, ct);
        var moves = await db.PoolMoves.AsNoTracking().Where(x => x.EnterpriseId == enterpriseId).OrderByDescending(x => x.On).ThenByDescending(x => x.Id)
            .Select(x => new PoolMoveItem(x.Id, x.FromTier, x.ToTier, x.On, x.At, x.Actor, x.Reason, x.ExitReason, x.RulesId, x.RulesVersion, x.ProposalId))
            .ToListAsync(ct);
        var pending = await db.PoolProposals.AsNoTracking().Where(x => x.EnterpriseId == enterpriseId && x.Status == ProposalStatus.Proposed).ToListAsync(ct);
        var intentions = await db.PoolIntentions.AsNoTracking().Where(x => x.EnterpriseId == enterpriseId).OrderByDescending(x => x.Year)
            .Select(x => new PoolIntentionItem(x.Year, x.RecordedAt, x.RecordedBy, x.Source, x.Note)).ToListAsync(ct);
        return new PoolStatusView(enterpriseId, m?.Tier, m?.Since, m?.ExitReason, moves, pending, intentions);
    }
}
