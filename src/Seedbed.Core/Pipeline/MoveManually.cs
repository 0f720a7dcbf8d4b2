using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Pipeline;

/// <summary>
/// A manual move (人工调整) of one enterprise to a tier, effective on a date; the reason is required. An exit needs an exit
/// reason (manual by default). Pending proposals of the enterprise are closed. Audited as <c>update</c>.
/// </summary>
[UseCase]
public sealed class MoveManually(IDbContextFactory<SeedbedDb> factory)
{
    public async Task ExecuteAsync(int enterpriseId, string toTier, string? reason, DateOnly on, string? exitReason = null, CancellationToken ct = default)
    {
        reason = reason?.Trim();
        var issues = new List<InputIssue>();
        if (string.IsNullOrEmpty(reason)) issues.Add(new("reason", "人工调整必须填写理由"));
        else if (reason.Length > 1000) issues.Add(new("reason", "理由不能超过 1000 字"));
        if (!PoolTier.IsKnown(toTier))
            issues.Add(new("tier", $"目标库“{toTier}”无效，应为 reserve（储备库）、application（申报库）、certified（已认定）或 exited（出库）"));
        if (toTier == PoolTier.Exited)
        {
            exitReason ??= ExitReason.Manual;
            if (!ExitReason.All.Contains(exitReason))
                issues.Add(new("exitReason", $"出库原因“{exitReason}”无效，应为 {string.Join("、", ExitReason.All)}"));
        }
        else exitReason = null;
        if (issues.Count > 0) throw new SeedbedValidationException(issues);

        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Enterprises.AnyAsync(e => e.Id == enterpriseId, ct)) throw new SeedbedValidationException("enterpriseId", "企业不存在");
        var members = await PoolMoveWriter.MembershipsAsync(db, [enterpriseId], ct);
        var from = members.GetValueOrDefault(enterpriseId);
        if (from?.Tier == toTier && from.ExitReason == exitReason)
            throw new SeedbedValidationException("tier", $"企业已在{PoolTier.NameOf(toTier)}，无需调整");
        var now = db.UtcNow();
        foreach (var p in await db.PoolProposals.Where(p => p.EnterpriseId == enterpriseId && p.Status == ProposalStatus.Proposed).ToListAsync(ct))
            (p.Status, p.DecidedBy, p.DecidedAt, p.DecisionReason) = (ProposalStatus.Rejected, db.Auditor.User, now, "已人工调整：" + reason);
        PoolMoveWriter.Apply(db, members, enterpriseId, toTier, exitReason, on, "人工调整：" + reason, null, null, null, now);
        db.AuditQueue.Add(PoolMoveWriter.Audit(db, "update", enterpriseId,
            $"培育库人工调整：{PoolMoveWriter.Describe(from?.Tier, toTier, exitReason)}；理由：{reason}"));
        await db.SaveChangesAsync(ct);
    }
}
