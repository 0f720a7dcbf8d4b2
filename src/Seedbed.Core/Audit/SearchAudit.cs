using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Audit;

/// <summary>One audit record as listed. <see cref="At"/> is UTC; <see cref="TargetName"/> names an enterprise target
/// that still exists (e.g. 某某科技有限公司 for <c>enterprise:12</c>), otherwise null.</summary>
public sealed record AuditItem(long Sequence, DateTime At, string User, string Role, string? Ip, string Action, string Target,
    string? TargetName, string Result, string? Detail, string Hash);

/// <summary>The audit trail search (审计日志查询) for administrators: filtered, newest first, paged on the server.</summary>
[UseCase]
public sealed class SearchAudit(IDbContextFactory<SeedbedDb> factory)
{
    public const int MaxPageSize = 200;

    public async Task<Paged<AuditItem>> ExecuteAsync(AuditFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        if (page < 1) throw new SeedbedValidationException("page", "页码必须大于等于1");
        if (pageSize is < 1 or > MaxPageSize) throw new SeedbedValidationException("pageSize", $"每页条数必须在1到{MaxPageSize}之间");
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = await filter.ApplyAsync(db, ct);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(r => r.Sequence).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var ids = EnterpriseIds(rows);
        var names = await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        return new Paged<AuditItem>(total, ToItems(rows, names));
    }

    /// <summary>The enterprises named by enterprise targets (<c>enterprise:12</c>) among the records.</summary>
    internal static List<int> EnterpriseIds(IEnumerable<AuditRecord> rows) => rows.Select(r => EnterpriseId(r.Target)).OfType<int>().Distinct().ToList();

    /// <summary>Records as items: UTC timestamps (SQLite reads them back unspecified) and the names of enterprise targets.</summary>
    internal static List<AuditItem> ToItems(IEnumerable<AuditRecord> rows, IReadOnlyDictionary<int, string> names) =>
        rows.Select(r => new AuditItem(r.Sequence, DateTime.SpecifyKind(r.At, DateTimeKind.Utc), r.User, r.Role, r.Ip, r.Action, r.Target,
            EnterpriseId(r.Target) is { } id ? names.GetValueOrDefault(id) : null, r.Result, r.Detail, r.Hash)).ToList();

    private static int? EnterpriseId(string target) =>
        target.StartsWith(AuditFilter.EnterpriseTargetPrefix, StringComparison.Ordinal)
        && int.TryParse(target.AsSpan(AuditFilter.EnterpriseTargetPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id : null;
}
