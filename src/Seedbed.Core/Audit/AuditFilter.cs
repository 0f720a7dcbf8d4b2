using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Audit;

/// <summary>
/// Filter of the audit trail, shared by the search page, <c>GET /api/audit</c> and the Excel export.
/// </summary>
/// <param name="User">Part of the account name (case-sensitive, as stored).</param>
/// <param name="Enterprise">An enterprise id (finds records of deleted enterprises too), or part of a name or USCC.</param>
/// <param name="Action">One of <see cref="AuditVocabulary.Actions"/>, exact.</param>
/// <param name="From">Inclusive lower bound, UTC.</param>
/// <param name="To">Exclusive upper bound, UTC.</param>
/// <param name="Result">success, failure or denied.</param>
public sealed record AuditFilter(string? User = null, string? Enterprise = null, string? Action = null,
    DateTime? From = null, DateTime? To = null, string? Result = null)
{
    /// <summary>A name that matches more enterprises than this is too vague to search the trail by.</summary>
    public const int MaxEnterprises = 1000;

    public const string EnterpriseTargetPrefix = "enterprise:";

    public static string EnterpriseTarget(int id) => EnterpriseTargetPrefix + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The filter from text (query string, CLI): <paramref name="from"/> and <paramref name="to"/> are either a date
    /// (<c>2026-11-01</c>, a Beijing day: from its start; to the end of that day, inclusive) or a timestamp (ISO 8601; with
    /// an offset or <c>Z</c> it is exact, without one it is Beijing time; to is exclusive).
    /// </summary>
    public static AuditFilter Parse(string? user, string? enterprise, string? action, string? from, string? to, string? result) =>
        new(Blank(user), Blank(enterprise), Blank(action), Bound(from, "from", endOfDay: false), Bound(to, "to", endOfDay: true), Blank(result));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static DateTime? Bound(string? text, string location, bool endOfDay)
    {
        if (Blank(text) is not { } t) return null;
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return AuditVocabulary.FromChina((endOfDay ? day.AddDays(1) : day).ToDateTime(TimeOnly.MinValue));
        // RoundtripKind: "Z" gives UTC, an offset gives a converted local time, neither gives an unspecified (Beijing) time
        if (DateTime.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var d))
            return d.Kind == DateTimeKind.Unspecified ? AuditVocabulary.FromChina(d) : d.ToUniversalTime();
        throw new SeedbedValidationException(location, $"时间“{t}”无法识别，请使用 2026-11-01 或 2026-11-01T08:30:00+08:00 格式");
    }

    public async Task<IQueryable<AuditRecord>> ApplyAsync(SeedbedDb db, CancellationToken ct)
    {
        Validate();
        var q = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(User))
        {
            var u = User.Trim();
            q = q.Where(r => r.User.Contains(u));
        }
        if (!string.IsNullOrWhiteSpace(Enterprise))
        {
            var targets = await EnterpriseTargetsAsync(db, Enterprise.Trim(), ct);
            q = q.Where(r => targets.Contains(r.Target));
        }
        if (!string.IsNullOrWhiteSpace(Action)) q = q.Where(r => r.Action == Action);
        if (!string.IsNullOrWhiteSpace(Result)) q = q.Where(r => r.Result == Result);
        if (From is { } from)
        {
            var f = Utc(from);
            q = q.Where(r => r.At >= f);
        }
        if (To is { } to)
        {
            var t = Utc(to);
            q = q.Where(r => r.At < t);
        }
        return q;
    }

    /// <summary>The filter in words, for the audit entry of an export (e.g. 账号含“zhang”；操作：修改).</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(User)) parts.Add($"账号含“{User.Trim()}”");
        if (!string.IsNullOrWhiteSpace(Enterprise)) parts.Add($"企业“{Enterprise.Trim()}”");
        if (!string.IsNullOrWhiteSpace(Action)) parts.Add($"操作：{AuditVocabulary.ActionName(Action)}");
        if (From is { } f) parts.Add($"自 {AuditVocabulary.FormatChina(Utc(f))}");
        if (To is { } t) parts.Add($"至 {AuditVocabulary.FormatChina(Utc(t))}（不含）");
        if (!string.IsNullOrWhiteSpace(Result)) parts.Add($"结果：{AuditVocabulary.ResultName(Result)}");
        return parts.Count == 0 ? "无筛选条件" : string.Join("；", parts);
    }

    private void Validate()
    {
        var issues = new List<InputIssue>();
        if (!string.IsNullOrWhiteSpace(Action) && !AuditVocabulary.IsAction(Action))
            issues.Add(new("action", $"未知的操作“{Action}”，可选：{string.Join("、", AuditVocabulary.Actions.Select(a => $"{a.Code}（{a.Name}）"))}"));
        if (!string.IsNullOrWhiteSpace(Result) && !AuditVocabulary.IsResult(Result))
            issues.Add(new("result", $"未知的结果“{Result}”，可选：{string.Join("、", AuditVocabulary.Results.Select(a => $"{a.Code}（{a.Name}）"))}"));
        if (From is { } f && To is { } t && Utc(f) >= Utc(t))
            issues.Add(new("to", "结束时间必须晚于开始时间"));
        if (issues.Count > 0) throw new SeedbedValidationException(issues);
    }

    /// <summary>PostgreSQL (timestamptz) accepts only UTC values; an unspecified kind is taken as UTC, a local time converted.</summary>
    private static DateTime Utc(DateTime d) => d.Kind switch
    {
        DateTimeKind.Utc => d,
        DateTimeKind.Local => d.ToUniversalTime(),
        _ => DateTime.SpecifyKind(d, DateTimeKind.Utc),
    };

    private static async Task<List<string>> EnterpriseTargetsAsync(SeedbedDb db, string text, CancellationToken ct)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return [EnterpriseTarget(id)];
        var upper = text.ToUpperInvariant();
        var ids = await db.Enterprises.AsNoTracking().Where(e => e.Name.Contains(text) || e.Uscc.Contains(upper))
            .OrderBy(e => e.Id).Select(e => e.Id).Take(MaxEnterprises + 1).ToListAsync(ct);
        if (ids.Count > MaxEnterprises)
            throw new SeedbedValidationException("enterprise", $"“{text}”匹配的企业超过{MaxEnterprises}家，请输入更完整的企业名称或统一社会信用代码");
        return ids.Select(EnterpriseTarget).ToList();
    }
}
