using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Pipeline;

public sealed record PoolDecisionResult(int Approved, int Rejected);

/// <summary>
/// Approves or rejects pending proposals, in bulk or one by one. All or nothing: an unknown, already decided or stale
/// proposal (the enterprise's tier changed since it was proposed) refuses the whole batch with the reasons. Approving
/// moves the enterprise (effective on the proposal's date) and writes the history; every decision is audited as
/// <c>approve</c>. Rejecting needs a reason.
/// </summary>
[UseCase]
public sealed class DecidePoolMoves(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<PoolDecisionResult> ExecuteAsync(IReadOnlyCollection<long> proposalIds, bool approve, string? reason, CancellationToken ct = default)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (proposalIds.Count == 0) throw new SeedbedValidationException("ids", "请选择要审批的调整建议");
        if (!approve && reason is null) throw new SeedbedValidationException("reason", "驳回调整建议时必须填写理由");
        if (reason is { Length: > 1000 }) throw new SeedbedValidationException("reason", "理由不能超过 1000 字");
        await using var db = await factory.CreateDbContextAsync(ct);
        var ids = proposalIds.Distinct().ToList();
        var proposals = await db.PoolProposals.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        var members = await PoolMoveWriter.MembershipsAsync(db, proposals.Select(p => p.EnterpriseId).ToList(), ct);
        var issues = new List<InputIssue>();
        foreach (var id in ids.Where(id => proposals.All(p => p.Id != id)))
            issues.Add(new InputIssue($"建议#{N(id)}", "调整建议不存在"));
        foreach (var p in proposals.OrderBy(p => p.Id))
        {
            if (p.Status != ProposalStatus.Proposed)
                issues.Add(new InputIssue($"建议#{N(p.Id)}", $"已处理（{ProposalStatus.NameOf(p.Status)}），不能重复审批"));
            else if (approve && members.GetValueOrDefault(p.EnterpriseId)?.Tier != p.FromTier)
                issues.Add(new InputIssue($"建议#{N(p.Id)}", "企业所在库已变化，请重新运行入库规则"));
        }
        if (proposals.GroupBy(p => p.EnterpriseId).Any(g => g.Count() > 1) && approve)
            issues.Add(new InputIssue("ids", "同一企业只能批准一条调整建议"));
        if (issues.Count > 0) throw new SeedbedValidationException(issues);

        var now = db.UtcNow();
        foreach (var p in proposals.OrderBy(p => p.Id))
        {
            (p.Status, p.DecidedBy, p.DecidedAt, p.DecisionReason) = (approve ? ProposalStatus.Approved : ProposalStatus.Rejected, db.Auditor.User, now, reason);
            var move = PoolMoveWriter.Describe(p.FromTier, p.ToTier, p.ExitReason);
            if (approve)
            {
                var why = reason is null ? p.Reasons : $"{reason}\n{p.Reasons}";
                PoolMoveWriter.Apply(db, members, p.EnterpriseId, p.ToTier, p.ExitReason, p.AsOf, Cut(why), p.RulesId, p.RulesVersion, p.Id, now);
            }
            db.AuditQueue.Add(PoolMoveWriter.Audit(db, "approve", p.EnterpriseId,
                $"{(approve ? "批准" : "驳回")}培育库调整建议#{N(p.Id)}：{move}" + (reason is null ? "" : $"；理由：{reason}")));
        }
        await db.SaveChangesAsync(ct);
        return approve ? new(proposals.Count, 0) : new(0, proposals.Count);
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Cut(string s) => s.Length > 4000 ? s[..4000] : s;
}
