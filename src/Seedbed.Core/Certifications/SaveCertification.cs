using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Core.Enterprises;
using Seedbed.Rules.Certifications;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Certifications;

/// <summary>A certificate entered by hand (form or API). ExpiresOn empty = the default for the kind.</summary>
public sealed class CertificationInput
{
    public int EnterpriseId { get; set; }
    /// <summary>hnte, hz-hnte, zj-tech-sme or tech-sme.</summary>
    public string? Kind { get; set; }
    public string? Number { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }

    public static CertificationInput From(CertificationItem c) => new()
    {
        EnterpriseId = c.EnterpriseId, Kind = c.Kind, Number = c.Number, IssuedOn = c.IssuedOn, ExpiresOn = c.ExpiresOn,
    };
}

/// <summary>
/// Adds (id null) or changes a certificate of an enterprise. Checks in Chinese, one issue per field (location = camelCase
/// field): kind, number format where known, issue date not in the future (Beijing time), expiry after issue, not already
/// recorded. The history and the audit trail come from SaveChanges. Returns the id, or null when the enterprise or the
/// certificate is not visible.
/// </summary>
[UseCase]
public sealed class SaveCertification(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<int?> ExecuteAsync(int? id, CertificationInput input, string actor, string source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        Qualification? entity = null;
        if (id is not null)
        {
            entity = await db.Qualifications.SingleOrDefaultAsync(q => q.Id == id, ct);
            if (entity is null) return null;
            input.EnterpriseId = entity.EnterpriseId;
        }
        if (!await db.Enterprises.AnyAsync(e => e.Id == input.EnterpriseId, ct)) return null;

        var today = DateOnly.FromDateTime(AuditVocabulary.ToChina(db.UtcNow()));
        var issues = Check(input, today);
        var kind = input.Kind?.Trim() ?? "";
        var number = input.Number?.Trim() ?? "";
        if (issues.Count == 0)
        {
            var key = CertificationCalendar.NumberKey(number);
            var taken = await db.Qualifications.IgnoreQueryFilters()
                .Where(q => q.Kind == kind && q.Id != (id ?? 0) && (q.Number == number || q.Number == key))
                .Select(q => new { q.EnterpriseId }).FirstOrDefaultAsync(ct);
            if (taken is not null)
                issues.Add(new InputIssue("number", taken.EnterpriseId == input.EnterpriseId
                    ? $"该企业已登记{KindName(kind)}证书{number}" : $"{KindName(kind)}证书编号{number}已登记在其他企业名下"));
        }
        if (issues.Count > 0) throw new SeedbedValidationException(issues);

        if (entity is null)
        {
            entity = new Qualification { EnterpriseId = input.EnterpriseId, Kind = kind, Number = number };
            db.Qualifications.Add(entity);
        }
        entity.Kind = kind;
        entity.Number = number;
        entity.IssuedOn = input.IssuedOn!.Value;
        entity.ExpiresOn = input.ExpiresOn ?? CertificationCalendar.DefaultExpiry(kind, input.IssuedOn.Value);
        db.Actor = actor;
        db.ChangeSource = source;
        await db.SaveChangesAsync(ct);
        return entity.Id;
    }

    /// <summary>The field checks without the database (shared with the list import).</summary>
    internal static List<InputIssue> Check(CertificationInput input, DateOnly today)
    {
        var issues = new List<InputIssue>();
        var kind = input.Kind?.Trim();
        if (string.IsNullOrEmpty(kind) || !CertificationCalendar.Kinds.Contains(kind))
            issues.Add(new InputIssue("kind", $"认定类型“{kind}”无效，可选：{string.Join("、", CertificationCalendar.Kinds.Select(k => $"{k}（{KindName(k)}）"))}"));
        if (CertificationCalendar.ValidateNumber(kind ?? "", input.Number) is { } numberError)
            issues.Add(new InputIssue("number", numberError));
        if (input.IssuedOn is not { } issued)
            issues.Add(new InputIssue("issuedOn", "请填写发证日期"));
        else
        {
            if (issued > today) issues.Add(new InputIssue("issuedOn", $"发证日期{Fmt(issued)}晚于今天（{Fmt(today)}），不能是将来的日期"));
            if (input.ExpiresOn is { } exp && exp <= issued)
                issues.Add(new InputIssue("expiresOn", $"有效期至{Fmt(exp)}应晚于发证日期{Fmt(issued)}"));
        }
        return issues;
    }

    public static string KindName(string kind) => Vocabularies.QualificationKind.LabelOf(kind);

    internal static string Fmt(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Removes a certificate (recorded in the enterprise history as 删除). False when it is not visible.</summary>
[UseCase]
public sealed class RemoveCertification(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<bool> ExecuteAsync(int id, string actor, string source, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var entity = await db.Qualifications.SingleOrDefaultAsync(q => q.Id == id, ct);
        if (entity is null) return false;
        db.Qualifications.Remove(entity);
        db.Actor = actor;
        db.ChangeSource = source;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
