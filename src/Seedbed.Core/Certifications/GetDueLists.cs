using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Data;
using Seedbed.Rules.Certifications;

namespace Seedbed.Core.Certifications;

/// <summary>One line of a due list: the enterprise, the certificate it is about, the due date, days left and the light.</summary>
public sealed record DueItem(
    int EnterpriseId, string EnterpriseName, string Uscc, string Jurisdiction, string Kind, string Number,
    DateOnly IssuedOn, DateOnly? ExpiresOn, DateOnly DueOn, int DaysLeft, DueLight Light, string Reason);

/// <summary>
/// The three due lists as of a date: certificates to re-apply for (expiring within 12 months; HNTE also when its
/// re-application year is this year), HNTE annual reports due by 31 May, tech-SME registrations to renew by 31 March.
/// </summary>
public sealed record DueLists(DateOnly AsOf, DateOnly AnnualReportDeadline, DateOnly RegistrationDeadline,
    IReadOnlyList<DueItem> Expiring, IReadOnlyList<DueItem> AnnualReports, IReadOnlyList<DueItem> Registrations);

/// <summary>Computes the due lists (docs/certifications.md), scoped to what the session may see, optionally for one jurisdiction.</summary>
[UseCase]
public sealed class GetDueLists(IDbContextFactory<SeedbedDb> factory)
{
    /// <summary>Today in Beijing (the district's calendar), the default "as of" date.</summary>
    public static DateOnly Today(DateTime utcNow) => DateOnly.FromDateTime(AuditVocabulary.ToChina(utcNow));

    public async Task<DueLists> ExecuteAsync(DateOnly asOf, string? jurisdiction = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var kinds = CertificationCalendar.Kinds.ToList();
        var j = string.IsNullOrWhiteSpace(jurisdiction) ? null : jurisdiction.Trim();
        var q = from c in db.Qualifications.AsNoTracking()
                join e in db.Enterprises on c.EnterpriseId equals e.Id
                where kinds.Contains(c.Kind) && (j == null || e.Jurisdiction!.Name == j)
                select new Row(c.EnterpriseId, e.Name, e.Uscc, e.Jurisdiction!.Name, e.Jurisdiction.SortOrder, c.Kind, c.Number, c.IssuedOn, c.ExpiresOn);
        var rows = await q.ToListAsync(ct);
        var order = rows.GroupBy(r => r.Jurisdiction).ToDictionary(g => g.Key, g => g.First().SortOrder, StringComparer.Ordinal);

        DueItem Item(Row r, DateOnly due, int red, int amber, string reason)
        {
            var days = CertificationCalendar.DaysLeft(due, asOf);
            return new DueItem(r.EnterpriseId, r.Name, r.Uscc, r.Jurisdiction, r.Kind, r.Number, r.IssuedOn, r.ExpiresOn,
                due, days, CertificationCalendar.Light(days, red, amber), reason);
        }
        List<DueItem> Sorted(IEnumerable<DueItem> items) =>
            [.. items.OrderBy(i => i.DaysLeft).ThenBy(i => order[i.Jurisdiction]).ThenBy(i => i.EnterpriseName, StringComparer.Ordinal).ThenBy(i => i.Number, StringComparer.Ordinal)];

        // (a) certificates to re-apply for: not superseded by a later certificate of the same kind
        var latest = rows.GroupBy(r => (r.EnterpriseId, r.Kind)).ToDictionary(g => g.Key, g => g.Max(r => r.IssuedOn));
        var expiring = new List<DueItem>();
        foreach (var r in rows)
        {
            if (!CertificationCalendar.ExpiringKinds.Contains(r.Kind) || r.ExpiresOn is not { } exp) continue;
            if (latest[(r.EnterpriseId, r.Kind)] > r.IssuedOn) continue;
            var soon = CertificationCalendar.ExpiresWithinYear(exp, asOf);
            var reapply = r.Kind == CertificationCalendar.Hnte && CertificationCalendar.HnteReapplyThisYear(exp, asOf);
            if (!soon && !reapply) continue;
            var reason = exp < asOf ? $"已于{SaveCertification.Fmt(exp)}到期，今年须重新认定"
                : reapply ? "今年到期，须于今年重新申报认定" : "12个月内到期，须重新申报";
            expiring.Add(Item(r, exp, CertificationCalendar.ExpiryRedDays, CertificationCalendar.ExpiryAmberDays, reason));
        }

        // (b) HNTE annual reports due by 31 May of the report year: one line per enterprise (its latest qualifying certificate)
        var reportDeadline = CertificationCalendar.AnnualReportDeadline(asOf);
        var reports = rows.Where(r => r.Kind == CertificationCalendar.Hnte
                && CertificationCalendar.AnnualReportDue(r.IssuedOn, r.ExpiresOn, reportDeadline.Year))
            .GroupBy(r => r.EnterpriseId).Select(g => g.MaxBy(r => r.IssuedOn)!)
            .Select(r => Item(r, reportDeadline, CertificationCalendar.DeadlineRedDays, CertificationCalendar.DeadlineAmberDays,
                $"填报{reportDeadline.Year - 1}年度发展情况报表"));

        // (c) tech-SME: registered for the year before the deadline's year and not yet for that year
        var regDeadline = CertificationCalendar.RegistrationDeadline(asOf);
        var techSme = rows.Where(r => r.Kind == CertificationCalendar.TechSme).ToLookup(r => r.EnterpriseId);
        var registrations = techSme
            .Where(g => g.Any(r => CertificationCalendar.EvaluationYear(r.IssuedOn) == regDeadline.Year - 1)
                        && g.All(r => CertificationCalendar.EvaluationYear(r.IssuedOn) != regDeadline.Year))
            .Select(g => g.Where(r => CertificationCalendar.EvaluationYear(r.IssuedOn) == regDeadline.Year - 1).MaxBy(r => r.IssuedOn)!)
            .Select(r => Item(r, regDeadline, CertificationCalendar.DeadlineRedDays, CertificationCalendar.DeadlineAmberDays,
                $"{regDeadline.Year - 1}年已入库，{regDeadline.Year}年尚未更新"));

        return new DueLists(asOf, reportDeadline, regDeadline, Sorted(expiring), Sorted(reports), Sorted(registrations));
    }

    private sealed record Row(int EnterpriseId, string Name, string Uscc, string Jurisdiction, int SortOrder,
        string Kind, string Number, DateOnly IssuedOn, DateOnly? ExpiresOn);
}
