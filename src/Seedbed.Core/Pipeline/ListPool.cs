using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Rules.Pools;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Pipeline;

/// <summary>A member of the pool with its key figures (latest fiscal year) and the main gap of its latest evaluation.</summary>
public sealed record PoolListItem(int EnterpriseId, string Uscc, string Name, string Jurisdiction, string Tier, DateOnly Since, string? ExitReason,
    int? FiscalYear, decimal? Revenue, decimal? RdRatio, int IpClassOne, int IpClassTwo, decimal? IncomeTax,
    string? Verdict, DateOnly? EvaluatedOn, string? MainGap);

/// <param name="Tier">null = every tier</param>
/// <param name="Query">part of the name or the USCC</param>
public sealed record PoolListFilter(string? Tier = null, string? Jurisdiction = null, string? Query = null);

/// <summary>The members of the pool (scoped) per tier and jurisdiction, ordered by jurisdiction and name, with key figures.</summary>
[UseCase]
public sealed class ListPool(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<Paged<PoolListItem>> ExecuteAsync(PoolListFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        if (page < 1 || pageSize is < 1 or > 500) throw new SeedbedValidationException("page", "分页参数错误");
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = Query(db, filter);
        var total = await q.CountAsync(ct);
        var rows = await q.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<PoolListItem>(total, await FiguresAsync(db, rows, ct));
    }

    internal sealed record Member(int EnterpriseId, string Uscc, string Name, string Jurisdiction, string Tier, DateOnly Since, string? ExitReason);

    internal static IQueryable<Member> Query(SeedbedDb db, PoolListFilter filter)
    {
        if (filter.Tier is not null && !PoolTier.IsKnown(filter.Tier))
            throw new SeedbedValidationException("tier", $"库“{filter.Tier}”无效，应为 reserve、application、certified 或 exited");
        var q = from m in db.PoolMemberships.AsNoTracking()
                join e in db.Enterprises on m.EnterpriseId equals e.Id
                join j in db.Jurisdictions on e.JurisdictionId equals j.Id
                select new { m, e, j };
        if (filter.Tier is { } t) q = q.Where(x => x.m.Tier == t);
        if (!string.IsNullOrWhiteSpace(filter.Jurisdiction)) q = q.Where(x => x.j.Name == filter.Jurisdiction);
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var s = filter.Query.Trim();
            q = q.Where(x => x.e.Name.Contains(s) || x.e.Uscc.Contains(s));
        }
        return q.OrderBy(x => x.j.SortOrder).ThenBy(x => x.e.Name).ThenBy(x => x.e.Id)
            .Select(x => new Member(x.e.Id, x.e.Uscc, x.e.Name, x.j.Name, x.m.Tier, x.m.Since, x.m.ExitReason));
    }

    internal static async Task<List<PoolListItem>> FiguresAsync(SeedbedDb db, List<Member> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.EnterpriseId).ToList();
        var years = (await db.FiscalYears.AsNoTracking().Where(y => ids.Contains(y.EnterpriseId))
                .Select(y => new { y.EnterpriseId, y.Year, y.SalesRevenue, y.RdExpense, y.IncomeTax }).ToListAsync(ct))
            .GroupBy(y => y.EnterpriseId).ToDictionary(g => g.Key, g => g.MaxBy(y => y.Year)!);
        var ip = (await db.IpItems.AsNoTracking().Where(i => ids.Contains(i.EnterpriseId) && i.Status == "granted")
                .Select(i => new { i.EnterpriseId, i.Kind }).ToListAsync(ct))
            .GroupBy(i => i.EnterpriseId).ToDictionary(g => g.Key, g => g.Select(i => IpKinds.ClassOf(i.Kind)).ToList());
        var rules = PoolRuleCatalog.All.OrderByDescending(r => r.Data.EffectiveFrom).First();
        var evaluations = await PoolSnapshot.LatestEvaluationsAsync(db, null, rules.ApplicationRuleSet, ct, ids);
        return rows.Select(r =>
        {
            var y = years.GetValueOrDefault(r.EnterpriseId);
            var classes = ip.GetValueOrDefault(r.EnterpriseId) ?? [];
            var e = evaluations.GetValueOrDefault(r.EnterpriseId);
            decimal? ratio = y is { SalesRevenue: > 0, RdExpense: { } rd } ? Math.Round(rd / y.SalesRevenue.Value, 4) : null;
            return new PoolListItem(r.EnterpriseId, r.Uscc, r.Name, r.Jurisdiction, r.Tier, r.Since, r.ExitReason, y?.Year, y?.SalesRevenue, ratio,
                classes.Count(c => c == IpClass.One), classes.Count(c => c == IpClass.Two), y?.IncomeTax, e?.Verdict, e?.AsOf, e?.MainGap);
        }).ToList();
    }
}
