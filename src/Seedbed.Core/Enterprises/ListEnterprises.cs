using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Enterprises;

public sealed record EnterpriseListItem(
    int Id, string Uscc, string Name, string Jurisdiction, string? HightechField, DateOnly? RegisteredOn,
    IReadOnlyList<string> Qualifications, int? LatestYear, decimal? LatestSalesRevenue, decimal? LatestRdExpense);

/// <summary>The enterprise list with server-side paging (企业库列表).</summary>
[UseCase]
public sealed class ListEnterprises(IDbContextFactory<SeedbedDb> factory)
{
    public const int MaxPageSize = 200;

    public async Task<Paged<EnterpriseListItem>> ExecuteAsync(EnterpriseFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        if (page < 1) throw new SeedbedValidationException("page", "页码必须大于等于1");
        if (pageSize is < 1 or > MaxPageSize) throw new SeedbedValidationException("pageSize", $"每页条数必须在1到{MaxPageSize}之间");
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = filter.Apply(db);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(e => e.Jurisdiction!.SortOrder).ThenBy(e => e.Name).ThenBy(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new { e.Id, e.Uscc, e.Name, Jurisdiction = e.Jurisdiction!.Name, e.HightechField, e.RegisteredOn })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        // two small follow-up queries instead of a correlated subquery (SQLite has no APPLY)
        var quals = (await db.Qualifications.Where(x => ids.Contains(x.EnterpriseId)).Select(x => new { x.EnterpriseId, x.Kind }).Distinct().ToListAsync(ct))
            .ToLookup(x => x.EnterpriseId, x => x.Kind);
        var years = (await db.FiscalYears.Where(y => ids.Contains(y.EnterpriseId)).Select(y => new { y.EnterpriseId, y.Year, y.SalesRevenue, y.RdExpense }).ToListAsync(ct))
            .GroupBy(y => y.EnterpriseId).ToDictionary(g => g.Key, g => g.MaxBy(y => y.Year)!);
        var items = rows.Select(r =>
        {
            var latest = years.GetValueOrDefault(r.Id);
            return new EnterpriseListItem(r.Id, r.Uscc, r.Name, r.Jurisdiction, r.HightechField, r.RegisteredOn,
                quals[r.Id].Order(StringComparer.Ordinal).ToList(), latest?.Year, latest?.SalesRevenue, latest?.RdExpense);
        }).ToList();
        return new Paged<EnterpriseListItem>(total, items);
    }
}
