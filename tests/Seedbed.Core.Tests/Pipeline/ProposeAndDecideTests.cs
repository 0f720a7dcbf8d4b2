using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Pipeline;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Tests.Pipeline;

/// <summary>Proposals from the rules, bulk and single approval, rejection, re-proposal, history and audit.</summary>
public class ProposeAndDecideTests
{
    private static async Task<PoolProposeResult> ProposeAsync(TestDatabase t) => await t.Get<ProposePoolMoves>().ExecuteAsync(PoolSeed.Date);

    [Theory, Providers]
    public async Task Propose_OneProposalPerMove_RerunDoesNotDuplicate(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var s = await PoolSeed.CreateAsync(t);
        var first = await ProposeAsync(t);
        Assert.Equal(4, first.Created);
        Assert.Equal(3, first.WithoutEvaluation);
        var to = first.Proposals.ToDictionary(p => p.EnterpriseId, p => p.ToTier);
        Assert.Equal(PoolTier.Certified, to[s.Certified]);
        Assert.Equal(PoolTier.Reserve, to[s.ReserveByTax]);
        Assert.Equal(PoolTier.Reserve, to[s.ReserveByQualification]);
        Assert.Equal(PoolTier.Application, to[s.Application]);
        Assert.False(to.ContainsKey(s.Nothing));
        Assert.All(first.Proposals, p => Assert.Equal(("pools-gongshu-2018", 1, ProposalStatus.Proposed), (p.RulesId, p.RulesVersion, p.Status)));

        var again = await ProposeAsync(t);
        Assert.Equal((0, 4, 0), (again.Created, again.Refreshed, again.Withdrawn));
        await using (var db = t.NewContext()) Assert.Equal(4, await db.PoolProposals.CountAsync());

        // the intention is withdrawn: the reserve proposal is no longer supported and is closed by the system
        await t.Get<RecordIntention>().ExecuteAsync(s.ReserveByTax, 2021, willing: false);
        var third = await ProposeAsync(t);
        Assert.Equal((0, 3, 1), (third.Created, third.Refreshed, third.Withdrawn));
        await using (var db = t.NewContext())
        {
            var closed = await db.PoolProposals.SingleAsync(p => p.EnterpriseId == s.ReserveByTax);
            Assert.Equal((ProposalStatus.Rejected, ProposePoolMoves.SystemActor), (closed.Status, closed.DecidedBy));
        }
    }

    [Theory, Providers]
    public async Task Approve_InBulkAndSingly_Reject_WithHistoryAndAudit(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var s = await PoolSeed.CreateAsync(t);
        var ids = (await ProposeAsync(t)).Proposals.ToDictionary(p => p.EnterpriseId, p => p.Id);
        var decide = t.Get<DecidePoolMoves>();

        Assert.Equal(new PoolDecisionResult(2, 0), await decide.ExecuteAsync([ids[s.Certified], ids[s.ReserveByQualification]], approve: true, null));
        Assert.Equal(new PoolDecisionResult(1, 0), await decide.ExecuteAsync([ids[s.Application]], approve: true, "材料齐全"));
        var noReason = await Assert.ThrowsAsync<SeedbedValidationException>(() => decide.ExecuteAsync([ids[s.ReserveByTax]], approve: false, " "));
        Assert.Contains("理由", noReason.Message, StringComparison.Ordinal);
        Assert.Equal(new PoolDecisionResult(0, 1), await decide.ExecuteAsync([ids[s.ReserveByTax]], approve: false, "企业暂不申报"));
        // decided proposals cannot be decided again; the whole batch is refused, nothing written
        var twice = await Assert.ThrowsAsync<SeedbedValidationException>(() => decide.ExecuteAsync([ids[s.Certified], 999_999], approve: true, null));
        Assert.Contains(twice.Issues, i => i.Message.Contains("已处理", StringComparison.Ordinal));
        Assert.Contains(twice.Issues, i => i.Message.Contains("不存在", StringComparison.Ordinal));

        var summary = await t.Get<PoolSummary>().ExecuteAsync();
        Assert.Equal(new PoolSummaryView(1, 1, 1, 0, 0), summary);
        var status = (await t.Get<GetPoolStatus>().ExecuteAsync(s.Application))!;
        Assert.Equal((PoolTier.Application, PoolSeed.Date), (status.Tier, status.Since));
        var move = Assert.Single(status.Moves);
        Assert.Equal(((string?)null, PoolTier.Application, "zhang", ids[s.Application], "pools-gongshu-2018"), (move.FromTier, move.ToTier, move.Actor, move.ProposalId, move.RulesId));
        Assert.StartsWith("材料齐全", move.Reason, StringComparison.Ordinal);
        Assert.Contains("第十二条", (await t.Get<GetPoolStatus>().ExecuteAsync(s.Certified))!.Moves[0].Reason, StringComparison.Ordinal);
        Assert.Null((await t.Get<GetPoolStatus>().ExecuteAsync(s.ReserveByTax))!.Tier);
        await using var db = t.NewContext();
        var rejected = await db.PoolProposals.SingleAsync(p => p.Id == ids[s.ReserveByTax]);
        Assert.Equal((ProposalStatus.Rejected, "zhang", "企业暂不申报"), (rejected.Status, rejected.DecidedBy, rejected.DecisionReason));
        var audits = await db.AuditRecords.Where(r => r.Action == "approve").ToListAsync();
        Assert.Equal(4, audits.Count);
        Assert.All(audits, a => Assert.Equal("zhang", a.User));
        Assert.Contains(audits, a => a.Detail!.Contains("驳回", StringComparison.Ordinal) && a.Detail.Contains("企业暂不申报", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task ManualMove_NeedsAReason_ClosesPendingProposals_AndMakesApprovalStale(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var s = await PoolSeed.CreateAsync(t);
        var ids = (await ProposeAsync(t)).Proposals.ToDictionary(p => p.EnterpriseId, p => p.Id);
        var manual = t.Get<MoveManually>();
        foreach (var reason in new[] { null, "", "   " })
        {
            var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() => manual.ExecuteAsync(s.Nothing, PoolTier.Reserve, reason, PoolSeed.Date));
            Assert.Equal("reason", ex.Issues[0].Location);
        }
        await Assert.ThrowsAsync<SeedbedValidationException>(() => manual.ExecuteAsync(s.Nothing, "vip", "理由", PoolSeed.Date));
        await using (var db = t.NewContext()) Assert.False(await db.PoolMoves.AnyAsync());

        await manual.ExecuteAsync(s.Nothing, PoolTier.Reserve, "街道走访，企业有申报意愿", PoolSeed.Date);
        await manual.ExecuteAsync(s.ReserveByTax, PoolTier.Exited, "企业已迁出本区", PoolSeed.Date, ExitReason.Deregistered);
        var st = (await t.Get<GetPoolStatus>().ExecuteAsync(s.ReserveByTax))!;
        Assert.Equal((PoolTier.Exited, ExitReason.Deregistered), (st.Tier, st.ExitReason));
        Assert.Equal("人工调整：企业已迁出本区", st.Moves[0].Reason);
        Assert.Null(st.Moves[0].RulesId);
        Assert.Empty(st.Pending);
        var stale = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<DecidePoolMoves>().ExecuteAsync([ids[s.ReserveByTax]], true, null));
        Assert.Contains("已处理", stale.Message, StringComparison.Ordinal);
        // an exit by deregistration is not undone by the rules
        var rerun = await ProposeAsync(t);
        Assert.DoesNotContain(rerun.Proposals, p => p.EnterpriseId == s.ReserveByTax);
        await Assert.ThrowsAsync<SeedbedValidationException>(() => manual.ExecuteAsync(s.Nothing, PoolTier.Reserve, "again", PoolSeed.Date));
    }
}
