using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>One record that counts towards a computed indicator: a certificate, an R&amp;D institution or a patent.</summary>
public sealed class MetricItem
{
    public int EnterpriseId { get; init; }
    public int JurisdictionId { get; init; }
    /// <summary>Qualification kind (hnte, hz-hnte, …), <c>rd-institution</c> or <c>invention-patent</c>.</summary>
    public string What { get; init; } = "";
    /// <summary>Certificate number, institution name or patent number.</summary>
    public string Number { get; init; } = "";
    /// <summary>Issued, recognised or granted on.</summary>
    public DateOnly Date { get; init; }
}

/// <summary>
/// What each computed indicator counts (<see cref="PlanMetrics"/>), as one query of <see cref="MetricItem"/>s with exactly
/// one row per counted unit — the single definition behind the progress figures (counted district-wide) and the
/// drill-down lists (scoped). Flow = from 1 January of the year to <c>end</c>; level = at <c>end</c>.
/// </summary>
internal static class MetricItems
{
    public const string Institution = "rd-institution";
    public const string InventionPatent = "invention-patent";

    /// <param name="districtWide">true for aggregate figures (query filters ignored), false for lists of enterprises (scoped)</param>
    public static IQueryable<MetricItem> Query(SeedbedDb db, string metric, string kind, int year, DateOnly end, bool districtWide)
    {
        var start = new DateOnly(year, 1, 1);
        var flow = kind == TargetKinds.Flow;
        var q = metric switch
        {
            PlanMetrics.Hnte when flow => FirstCertificates(db, "hnte", start, end),
            PlanMetrics.Hnte => ValidCertificates(db, ["hnte"], end),
            PlanMetrics.MunicipalHnteAndProvincialSme when flow => IssuedCertificates(db, ["hz-hnte", "zj-tech-sme"], start, end),
            PlanMetrics.MunicipalHnteAndProvincialSme => ValidCertificates(db, ["hz-hnte", "zj-tech-sme"], end),
            PlanMetrics.ProvincialSme when flow => IssuedCertificates(db, ["zj-tech-sme"], start, end),
            PlanMetrics.ProvincialSme => ValidCertificates(db, ["zj-tech-sme"], end),
            PlanMetrics.Sunrise when flow => IssuedCertificates(db, ["sunrise"], start, end),
            PlanMetrics.Sunrise => ValidCertificates(db, ["sunrise"], end),
            PlanMetrics.RdInstitutions => Institutions(db, flow ? start : DateOnly.MinValue, end),
            PlanMetrics.InventionPatents => Patents(db, flow ? start : DateOnly.MinValue, end),
            _ => throw new InvalidOperationException($"unknown metric {metric}"),
        };
        return districtWide ? q.IgnoreQueryFilters() : q;
    }

    /// <summary>Counts per jurisdiction id (district-wide).</summary>
    public static async Task<Dictionary<int, int>> CountAsync(SeedbedDb db, string metric, string kind, int year, DateOnly end, CancellationToken ct) =>
        await Query(db, metric, kind, year, end, districtWide: true)
            .GroupBy(i => i.JurisdictionId).Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, ct);

    /// <summary>Enterprises whose first certificate of the kind (earliest issued, ties by id) was issued in [start, end].</summary>
    private static IQueryable<MetricItem> FirstCertificates(SeedbedDb db, string kind, DateOnly start, DateOnly end) =>
        from q in db.Qualifications
        where q.Kind == kind && q.IssuedOn >= start && q.IssuedOn <= end
              && !db.Qualifications.Any(p => p.EnterpriseId == q.EnterpriseId && p.Kind == kind
                                            && (p.IssuedOn < q.IssuedOn || (p.IssuedOn == q.IssuedOn && p.Id < q.Id)))
        join e in db.Enterprises on q.EnterpriseId equals e.Id
        select new MetricItem { EnterpriseId = e.Id, JurisdictionId = e.JurisdictionId, What = q.Kind, Number = q.Number, Date = q.IssuedOn };

    /// <summary>Every certificate of the kinds issued in [start, end].</summary>
    private static IQueryable<MetricItem> IssuedCertificates(SeedbedDb db, string[] kinds, DateOnly start, DateOnly end) =>
        from q in db.Qualifications
        where kinds.Contains(q.Kind) && q.IssuedOn >= start && q.IssuedOn <= end
        join e in db.Enterprises on q.EnterpriseId equals e.Id
        select new MetricItem { EnterpriseId = e.Id, JurisdictionId = e.JurisdictionId, What = q.Kind, Number = q.Number, Date = q.IssuedOn };

    /// <summary>One certificate per enterprise and kind valid on <paramref name="end"/> (the latest issued when several are).</summary>
    private static IQueryable<MetricItem> ValidCertificates(SeedbedDb db, string[] kinds, DateOnly end) =>
        from q in db.Qualifications
        where kinds.Contains(q.Kind) && q.IssuedOn <= end && (q.ExpiresOn == null || q.ExpiresOn >= end)
              && !db.Qualifications.Any(p => p.EnterpriseId == q.EnterpriseId && p.Kind == q.Kind && p.IssuedOn <= end
                                            && (p.ExpiresOn == null || p.ExpiresOn >= end)
                                            && (p.IssuedOn > q.IssuedOn || (p.IssuedOn == q.IssuedOn && p.Id > q.Id)))
        join e in db.Enterprises on q.EnterpriseId equals e.Id
        select new MetricItem { EnterpriseId = e.Id, JurisdictionId = e.JurisdictionId, What = q.Kind, Number = q.Number, Date = q.IssuedOn };

    private static IQueryable<MetricItem> Institutions(SeedbedDb db, DateOnly start, DateOnly end) =>
        from r in db.RdInstitutions
        where r.RecognizedOn >= start && r.RecognizedOn <= end
        join e in db.Enterprises on r.EnterpriseId equals e.Id
        select new MetricItem { EnterpriseId = e.Id, JurisdictionId = e.JurisdictionId, What = Institution, Number = r.Name, Date = r.RecognizedOn };

    private static IQueryable<MetricItem> Patents(SeedbedDb db, DateOnly start, DateOnly end) =>
        from p in db.IpItems
        where p.Kind == InventionPatent && p.GrantedOn != null && p.GrantedOn >= start && p.GrantedOn <= end
        join e in db.Enterprises on p.EnterpriseId equals e.Id
        select new MetricItem { EnterpriseId = e.Id, JurisdictionId = e.JurisdictionId, What = p.Kind, Number = p.Number, Date = p.GrantedOn!.Value };
}
