using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>One record that counts towards a computed indicator: a certificate, an R&amp;D institution or a patent.</summary>
public class MetricRecord
{
    public int EnterpriseId { get; init; }
    /// <summary>Qualification kind (hnte, hz-hnte, …), <c>rd-institution</c> or <c>invention-patent</c>.</summary>
    public string What { get; init; } = "";
    /// <summary>Certificate number, institution name or patent number.</summary>
    public string Number { get; init; } = "";
    /// <summary>Issued, recognised or granted on.</summary>
    public DateOnly Date { get; init; }
}

/// <summary>A <see cref="MetricRecord"/> with the jurisdiction of its enterprise (drill-down lists).</summary>
public sealed class MetricItem : MetricRecord
{
    public int JurisdictionId { get; init; }
}

/// <summary>
/// What each computed indicator counts (<see cref="PlanMetrics"/>): one query of <see cref="MetricRecord"/>s per metric
/// and kind — the single definition behind the progress figures (counted district-wide) and the drill-down lists
/// (scoped). Flow = from 1 January of the year to <c>end</c>; level = at <c>end</c>. <see cref="ProgressInputs"/> adds
/// the counts up per jurisdiction.
/// </summary>
internal static class MetricItems
{
    public const string Institution = "rd-institution";
    public const string InventionPatent = "invention-patent";

    /// <summary>The counted records with their enterprise's jurisdiction, one row per counted unit (drill-down lists).</summary>
    /// <param name="districtWide">true for aggregate figures (query filters ignored), false for lists of enterprises (scoped)</param>
    public static IQueryable<MetricItem> Query(SeedbedDb db, string metric, string kind, int year, DateOnly end, bool districtWide)
    {
        var q = from r in Records(db, metric, kind, year, end, onePerEnterprise: true)
                join e in db.Enterprises on r.EnterpriseId equals e.Id
                select new MetricItem { EnterpriseId = r.EnterpriseId, JurisdictionId = e.JurisdictionId, What = r.What, Number = r.Number, Date = r.Date };
        return districtWide ? q.IgnoreQueryFilters() : q;
    }

    /// <summary>The enterprise id of every counted unit, district-wide (an enterprise appears once per unit it counts for).
    /// Levels of certificates are read kind by kind and deduplicated here rather than by <c>DISTINCT</c>, which costs
    /// SQLite a temporary B-tree (three times the time of the plain index range at 22,000 certificates).</summary>
    public static async Task<List<int>> EnterpriseIdsAsync(SeedbedDb db, string metric, string kind, int year, DateOnly end, CancellationToken ct)
    {
        if (!CountsEnterprisesOnce(metric, kind))
            return await ReadIdsAsync(db, Records(db, metric, kind, year, end, onePerEnterprise: false).IgnoreQueryFilters().Select(r => r.EnterpriseId), ct);
        var ids = new List<int>();
        foreach (var certificate in metric["qualification:".Length..].Split('+'))
            ids.AddRange((await ReadIdsAsync(db, ValidCertificates(db, [certificate], end, onePerEnterprise: false).IgnoreQueryFilters()
                .Select(r => r.EnterpriseId), ct)).Distinct());
        return ids;
    }

    /// <summary>Runs the query's own command and reads the integer column directly (tens of thousands of ids: half the
    /// time of materialising them through EF).</summary>
    private static async Task<List<int>> ReadIdsAsync(SeedbedDb db, IQueryable<int> query, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var command = query.CreateDbCommand();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<int>();
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt32(0));
        return ids;
    }

    /// <summary>Levels of certificates count an enterprise once per kind (overlapping re-certifications).</summary>
    private static bool CountsEnterprisesOnce(string metric, string kind) =>
        kind == TargetKinds.Level && metric.StartsWith("qualification:", StringComparison.Ordinal);

    /// <param name="onePerEnterprise">levels of certificates: keep only the latest valid certificate of each enterprise
    /// and kind (lists); counting dedupes in memory instead</param>
    private static IQueryable<MetricRecord> Records(SeedbedDb db, string metric, string kind, int year, DateOnly end, bool onePerEnterprise)
    {
        var start = new DateOnly(year, 1, 1);
        var flow = kind == TargetKinds.Flow;
        return metric switch
        {
            PlanMetrics.Hnte when flow => FirstCertificates(db, "hnte", start, end),
            PlanMetrics.Hnte => ValidCertificates(db, ["hnte"], end, onePerEnterprise),
            PlanMetrics.MunicipalHnteAndProvincialSme when flow => IssuedCertificates(db, ["hz-hnte", "zj-tech-sme"], start, end),
            PlanMetrics.MunicipalHnteAndProvincialSme => ValidCertificates(db, ["hz-hnte", "zj-tech-sme"], end, onePerEnterprise),
            PlanMetrics.ProvincialSme when flow => IssuedCertificates(db, ["zj-tech-sme"], start, end),
            PlanMetrics.ProvincialSme => ValidCertificates(db, ["zj-tech-sme"], end, onePerEnterprise),
            PlanMetrics.Sunrise when flow => IssuedCertificates(db, ["sunrise"], start, end),
            PlanMetrics.Sunrise => ValidCertificates(db, ["sunrise"], end, onePerEnterprise),
            PlanMetrics.RdInstitutions => Institutions(db, flow ? start : null, end),
            PlanMetrics.InventionPatents => Patents(db, flow ? start : null, end),
            _ => throw new InvalidOperationException($"unknown metric {metric}"),
        };
    }

    /// <summary>Enterprises whose first certificate of the kind (earliest issued, ties by id) was issued in [start, end].</summary>
    private static IQueryable<MetricRecord> FirstCertificates(SeedbedDb db, string kind, DateOnly start, DateOnly end) =>
        from q in db.Qualifications
        where q.Kind == kind && q.IssuedOn >= start && q.IssuedOn <= end
              && !db.Qualifications.Any(p => p.EnterpriseId == q.EnterpriseId && p.Kind == kind
                                            && (p.IssuedOn < q.IssuedOn || (p.IssuedOn == q.IssuedOn && p.Id < q.Id)))
        select new MetricRecord { EnterpriseId = q.EnterpriseId, What = q.Kind, Number = q.Number, Date = q.IssuedOn };

    /// <summary>Every certificate of the kinds issued in [start, end].</summary>
    private static IQueryable<MetricRecord> IssuedCertificates(SeedbedDb db, string[] kinds, DateOnly start, DateOnly end) =>
        from q in db.Qualifications
        where kinds.Contains(q.Kind) && q.IssuedOn >= start && q.IssuedOn <= end
        select new MetricRecord { EnterpriseId = q.EnterpriseId, What = q.Kind, Number = q.Number, Date = q.IssuedOn };

    /// <summary>Certificates of the kinds valid on <paramref name="end"/>; with <paramref name="onePerEnterprise"/> only the
    /// latest issued of each enterprise and kind.</summary>
    private static IQueryable<MetricRecord> ValidCertificates(SeedbedDb db, string[] kinds, DateOnly end, bool onePerEnterprise)
    {
        var valid = db.Qualifications.Where(q => kinds.Contains(q.Kind) && q.IssuedOn <= end && (q.ExpiresOn == null || q.ExpiresOn >= end));
        if (onePerEnterprise)
            // kinds.Contains(p.Kind) repeats what p.Kind == q.Kind implies, so that PostgreSQL reads only these kinds for p
            valid = valid.Where(q => !db.Qualifications.Any(p => p.EnterpriseId == q.EnterpriseId && p.Kind == q.Kind && kinds.Contains(p.Kind) && p.IssuedOn <= end
                                                             && (p.ExpiresOn == null || p.ExpiresOn >= end)
                                                             && (p.IssuedOn > q.IssuedOn || (p.IssuedOn == q.IssuedOn && p.Id > q.Id))));
        return valid.Select(q => new MetricRecord { EnterpriseId = q.EnterpriseId, What = q.Kind, Number = q.Number, Date = q.IssuedOn });
    }

    private static IQueryable<MetricRecord> Institutions(SeedbedDb db, DateOnly? start, DateOnly end)
    {
        var q = db.RdInstitutions.Where(r => r.RecognizedOn <= end);
        if (start is { } s) q = q.Where(r => r.RecognizedOn >= s);
        return q.Select(r => new MetricRecord { EnterpriseId = r.EnterpriseId, What = Institution, Number = r.Name, Date = r.RecognizedOn });
    }

    private static IQueryable<MetricRecord> Patents(SeedbedDb db, DateOnly? start, DateOnly end)
    {
        var q = db.IpItems.Where(p => p.Kind == InventionPatent && p.GrantedOn != null && p.GrantedOn <= end);
        if (start is { } s) q = q.Where(p => p.GrantedOn >= s);
        return q.Select(p => new MetricRecord { EnterpriseId = p.EnterpriseId, What = p.Kind, Number = p.Number, Date = p.GrantedOn!.Value });
    }
}
