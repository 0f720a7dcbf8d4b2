using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Rules.Certifications;

namespace Seedbed.Core.Certifications;

/// <summary>One recorded certificate with its enterprise (认定记录).</summary>
public sealed record CertificationItem(
    int Id, int EnterpriseId, string EnterpriseName, string Uscc, string Jurisdiction,
    string Kind, string Number, DateOnly IssuedOn, DateOnly? ExpiresOn);

/// <summary>Filter of the certificate list: kind, issue year, jurisdiction (name), enterprise (id), name/USCC/number text.</summary>
public sealed record CertificationFilter(string? Kind = null, int? Year = null, string? Jurisdiction = null, int? EnterpriseId = null, string? Q = null);

/// <summary>The recorded certificates of the four kinds (scoped like every enterprise record), newest issue first, paged.</summary>
[UseCase]
public sealed class ListCertifications(IDbContextFactory<SeedbedDb> factory)
{
    public const int MaxPageSize = 200;

    public async Task<Paged<CertificationItem>> ExecuteAsync(CertificationFilter filter, int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (page < 1) throw new SeedbedValidationException("page", "页码必须大于等于1");
        if (pageSize is < 1 or > MaxPageSize) throw new SeedbedValidationException("pageSize", $"每页条数必须在1到{MaxPageSize}之间");
        if (filter.Kind is { Length: > 0 } k && !CertificationCalendar.Kinds.Contains(k))
            throw new SeedbedValidationException("kind", $"认定类型“{k}”无效，可选：{string.Join("、", CertificationCalendar.Kinds)}");
        await using var db = await factory.CreateDbContextAsync(ct);
        // one enterprise: all its qualifications (旭日计划 too); otherwise the four kinds of this module
        var kinds = CertificationCalendar.Kinds.ToList();
        var all = filter.EnterpriseId is not null;
        var q = from c in db.Qualifications
                join e in db.Enterprises on c.EnterpriseId equals e.Id
                where all || kinds.Contains(c.Kind)
                select new { c, e.Name, e.Uscc, Jurisdiction = e.Jurisdiction!.Name, e.Jurisdiction.SortOrder };
        if (filter.Kind is { Length: > 0 } kind) q = q.Where(x => x.c.Kind == kind);
        if (filter.Year is { } year)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            q = q.Where(x => x.c.IssuedOn >= from && x.c.IssuedOn <= to);
        }
        if (filter.Jurisdiction is { Length: > 0 } j) q = q.Where(x => x.Jurisdiction == j);
        if (filter.EnterpriseId is { } id) q = q.Where(x => x.c.EnterpriseId == id);
        if (filter.Q?.Trim() is { Length: > 0 } text) q = q.Where(x => x.Name.Contains(text) || x.Uscc.Contains(text) || x.c.Number.Contains(text));
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(x => x.c.IssuedOn).ThenBy(x => x.SortOrder).ThenBy(x => x.Name).ThenBy(x => x.c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Paged<CertificationItem>(total, rows.Select(x => new CertificationItem(x.c.Id, x.c.EnterpriseId, x.Name, x.Uscc,
            x.Jurisdiction, x.c.Kind, x.c.Number, x.c.IssuedOn, x.c.ExpiresOn)).ToList());
    }
}
