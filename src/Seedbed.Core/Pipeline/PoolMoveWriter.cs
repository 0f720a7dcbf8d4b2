using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Data;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Pipeline;

/// <summary>Applies one move: the membership row (created, changed or kept) and its history row, with an audit entry.</summary>
internal static class PoolMoveWriter
{
    public static async Task<Dictionary<int, PoolMembership>> MembershipsAsync(SeedbedDb db, IReadOnlyCollection<int> enterpriseIds, CancellationToken ct) =>
        await db.PoolMemberships.Where(m => enterpriseIds.Contains(m.EnterpriseId)).ToDictionaryAsync(m => m.EnterpriseId, ct);

    public static PoolMove Apply(SeedbedDb db, Dictionary<int, PoolMembership> members, int enterpriseId, string toTier, string? exitReason,
        DateOnly on, string reason, string? rulesId, int? rulesVersion, long? proposalId, DateTime now)
    {
        members.TryGetValue(enterpriseId, out var m);
        var move = new PoolMove
        {
            EnterpriseId = enterpriseId, FromTier = m?.Tier, ToTier = toTier, On = on, At = now, Actor = db.Auditor.User,
            Reason = reason, ExitReason = toTier == PoolTier.Exited ? exitReason : null,
            RulesId = rulesId, RulesVersion = rulesVersion, ProposalId = proposalId,
        };
        db.PoolMoves.Add(move);
        if (m is null)
        {
            m = new PoolMembership { EnterpriseId = enterpriseId, Tier = toTier };
            db.PoolMemberships.Add(m);
            members[enterpriseId] = m;
        }
        m.Tier = toTier;
        m.Since = on;
        m.ExitReason = move.ExitReason;
        return move;
    }

    public static string Describe(string? from, string to, string? exitReason) =>
        $"{PoolTier.NameOf(from)} → {PoolTier.NameOf(to)}" + (exitReason is null ? "" : $"（{ExitReason.NameOf(exitReason)}）");

    public static AuditEntry Audit(SeedbedDb db, string action, int enterpriseId, string detail) =>
        new(db.Auditor, action, "enterprise:" + enterpriseId.ToString(CultureInfo.InvariantCulture), "success", detail);
}
