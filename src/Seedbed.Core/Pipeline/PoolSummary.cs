using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Pipeline;

/// <summary>Members per tier (in scope) and the number of pending proposals.</summary>
public sealed record PoolSummaryView(int Reserve, int Application, int Certified, int Exited, int PendingProposals);

[UseCase]
public sealed class PoolSummary(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<PoolSummaryView> ExecuteAsync(string? jurisdiction = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var members = db.PoolMemberships.AsNoTracking().AsQueryable();
        var proposals = db.PoolProposals.AsNoTracking().Where(p => p.Status == ProposalStatus.Proposed);
        if (!string.IsNullOrWhiteSpace(jurisdiction))
        {
            members = members.Where(m => db.Enterprises.Any(e => e.Id == m.EnterpriseId && e.Jurisdiction!.Name == jurisdiction));
            proposals = proposals.Where(m => db.Enterprises.Any(e => e.Id == m.EnterpriseId && e.Jurisdiction!.Name == jurisdiction));
        }
        var counts = await members.GroupBy(m => m.Tier).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        return new PoolSummaryView(counts.GetValueOrDefault(PoolTier.Reserve), counts.GetValueOrDefault(PoolTier.Application),
            counts.GetValueOrDefault(PoolTier.Certified), counts.GetValueOrDefault(PoolTier.Exited), await proposals.CountAsync(ct));
    }
}
