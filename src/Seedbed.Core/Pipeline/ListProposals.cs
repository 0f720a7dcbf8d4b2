using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Pipeline;

/// <summary>Proposals by status (default: pending), optionally of one jurisdiction or enterprise, oldest first.</summary>
[UseCase]
public sealed class ListProposals(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<Paged<PoolProposalItem>> ExecuteAsync(string? status, string? jurisdiction, int page, int pageSize,
        int? enterpriseId = null, CancellationToken ct = default)
    {
        if (page < 1 || pageSize is < 1 or > 2000) throw new SeedbedValidationException("page", "分页参数错误");
        status ??= ProposalStatus.Proposed;
        if (status is not (ProposalStatus.Proposed or ProposalStatus.Approved or ProposalStatus.Rejected))
            throw new SeedbedValidationException("status", $"状态“{status}”无效，应为 proposed、approved 或 rejected");
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = from p in db.PoolProposals.AsNoTracking()
                join e in db.Enterprises on p.EnterpriseId equals e.Id
                join j in db.Jurisdictions on e.JurisdictionId equals j.Id
                where p.Status == status
                select new { p, e.Uscc, e.Name, Jurisdiction = j.Name };
        if (!string.IsNullOrWhiteSpace(jurisdiction)) q = q.Where(x => x.Jurisdiction == jurisdiction);
        if (enterpriseId is { } id) q = q.Where(x => x.p.EnterpriseId == id);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(x => x.Jurisdiction).ThenBy(x => x.Uscc).ThenBy(x => x.p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<PoolProposalItem>(total, rows.Select(x => ToItem(x.p, x.Uscc, x.Name, x.Jurisdiction)).ToList());
    }

    public static PoolProposalItem ToItem(PoolProposal p, string uscc, string name, string jurisdiction) =>
        new(p.Id, p.EnterpriseId, uscc, name, jurisdiction, p.FromTier, p.ToTier, p.ExitReason, p.AsOf, p.Reasons, p.Status,
            p.RulesId, p.RulesVersion, p.CreatedAt, p.DecidedBy, p.DecidedAt, p.DecisionReason);
}
