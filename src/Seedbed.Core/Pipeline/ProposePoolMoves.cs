using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Assessment;
using Seedbed.Core.Audit;
using Seedbed.Core.Data;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Pipeline;

/// <summary>One proposed move as listed after a run and on the proposals page.</summary>
public sealed record PoolProposalItem(long Id, int EnterpriseId, string Uscc, string Name, string Jurisdiction, string? FromTier, string ToTier,
    string? ExitReason, DateOnly AsOf, string Reasons, string Status, string RulesId, int RulesVersion, DateTime CreatedAt,
    string? DecidedBy, DateTime? DecidedAt, string? DecisionReason);

/// <param name="Created">new proposals stored by this run</param>
/// <param name="Refreshed">pending proposals with the same move, updated (not duplicated)</param>
/// <param name="Withdrawn">pending proposals the rules no longer support (closed as rejected by the system)</param>
/// <param name="WithoutEvaluation">enterprises without a usable evaluation of the application rule set</param>
public sealed record PoolProposeResult(DateOnly AsOf, string RulesId, int RulesVersion, int Enterprises, int Created, int Refreshed,
    int Withdrawn, int WithoutEvaluation, AssessRunSummary? Assessment, IReadOnlyList<PoolProposalItem> Proposals);

/// <summary>
/// Runs the pool rules in force on a date over every enterprise in scope and stores the resulting moves as proposals
/// (status proposed) for a bureau decision. Uses the latest stored evaluation of the application rule set dated on or
/// before the date; with <c>assessFirst</c> it first assesses the whole registry on that date (<see cref="AssessAll"/>).
/// Re-running never duplicates a pending proposal: the same move is refreshed, a different or no longer supported one
/// is closed (rejected by 系统, with the reason).
/// </summary>
[UseCase]
public sealed class ProposePoolMoves(IDbContextFactory<SeedbedDb> factory, AssessAll assessAll)
{
    public const string SystemActor = "系统";

    public async Task<PoolProposeResult> ExecuteAsync(DateOnly date, bool assessFirst = false, CancellationToken ct = default)
    {
        var rules = PoolRuleCatalog.Get(date);
        AssessRunSummary? assessed = null;
        if (assessFirst)
        {
            await using var adb = await factory.CreateDbContextAsync(ct);
            assessed = await assessAll.ExecuteAsync(rules.ApplicationRuleSet, date, adb.Auditor.User, null, ct);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await PoolSnapshot.LoadAsync(db, date, rules.ApplicationRuleSet, ct);
        var pending = (await db.PoolProposals.Where(p => p.Status == ProposalStatus.Proposed).ToListAsync(ct))
            .GroupBy(p => p.EnterpriseId).ToDictionary(g => g.Key, g => g.ToList());
        var now = db.UtcNow();
        var actor = db.Auditor.User;
        int created = 0, refreshed = 0, withdrawn = 0, withoutEvaluation = 0;
        var touched = new List<PoolProposal>();

        void Close(PoolProposal p, string why)
        {
            (p.Status, p.DecidedBy, p.DecidedAt, p.DecisionReason) = (ProposalStatus.Rejected, SystemActor, now, why);
            withdrawn++;
        }

        foreach (var row in rows)
        {
            var f = row.Facts;
            if (f.Evaluation is null || f.Evaluation.AsOf.DayNumber < date.DayNumber - rules.MaxEvaluationAgeDays) withoutEvaluation++;
            var p = PoolEvaluator.Evaluate(f, date, rules);
            var open = pending.GetValueOrDefault(row.EnterpriseId) ?? [];
            if (!p.IsMove)
            {
                foreach (var o in open) Close(o, $"{Iso(date)} 重新运行规则后不再建议调整");
                continue;
            }
            var reasons = string.Join('\n', p.Reasons.Select(r => (r.Met ? "✓ " : "✗ ") + r));
            var same = open.FirstOrDefault(o => o.FromTier == p.CurrentTier && o.ToTier == p.ProposedTier && o.ExitReason == p.ExitReason);
            foreach (var o in open.Where(o => o != same)) Close(o, $"{Iso(date)} 重新运行规则后建议已变更");
            if (same is not null)
            {
                (same.AsOf, same.Reasons, same.RulesId, same.RulesVersion, same.EvaluationId) = (date, Cut(reasons), rules.Id, rules.Version, f.Evaluation?.Id);
                touched.Add(same);
                refreshed++;
                continue;
            }
            var proposal = new PoolProposal
            {
                EnterpriseId = row.EnterpriseId, FromTier = p.CurrentTier, ToTier = p.ProposedTier!, ExitReason = p.ExitReason, AsOf = date,
                Reasons = Cut(reasons), RulesId = rules.Id, RulesVersion = rules.Version, EvaluationId = f.Evaluation?.Id,
                Status = ProposalStatus.Proposed, CreatedAt = now, CreatedBy = actor,
            };
            db.PoolProposals.Add(proposal);
            touched.Add(proposal);
            created++;
        }
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "create", "pool-proposals", "success",
            $"运行培育库规则 {rules.Id} 第{rules.Version}版（{Iso(date)}）：新建议 {created} 条，更新 {refreshed} 条，撤回 {withdrawn} 条，无评估结果 {withoutEvaluation} 家"));
        await db.SaveChangesAsync(ct);

        var names = rows.ToDictionary(r => r.EnterpriseId);
        var jurisdictions = await db.Jurisdictions.AsNoTracking().ToDictionaryAsync(j => j.Id, j => j.Name, ct);
        var items = touched.Select(t => ListProposals.ToItem(t, names[t.EnterpriseId].Uscc, names[t.EnterpriseId].Name,
                jurisdictions.GetValueOrDefault(names[t.EnterpriseId].JurisdictionId, "")))
            .OrderBy(i => i.Jurisdiction, StringComparer.Ordinal).ThenBy(i => i.Uscc, StringComparer.Ordinal).ToList();
        return new PoolProposeResult(date, rules.Id, rules.Version, rows.Count, created, refreshed, withdrawn, withoutEvaluation, assessed, items);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Cut(string s) => s.Length > 4000 ? s[..4000] : s;
}
