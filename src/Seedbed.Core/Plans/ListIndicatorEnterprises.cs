using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Plans;

/// <summary>One enterprise counted in an indicator's actual, with the record that counts (certificate, institution, patent).</summary>
/// <param name="What">the kind of record, in Chinese (国家高新技术企业 证书, 研发机构, 发明专利)</param>
/// <param name="Number">certificate number, institution name or patent number</param>
/// <param name="Date">issued, recognised or granted on</param>
public sealed record IndicatorEnterprise(int EnterpriseId, string Name, string Uscc, string Jurisdiction, string What, string Number, DateOnly Date);

/// <param name="Jurisdiction">null = the whole district (as far as the session may see)</param>
public sealed record IndicatorEnterpriseList(
    string IndicatorCode, string IndicatorName, string Kind, PlanPeriod Period, DateOnly AsOf, string? Jurisdiction, Paged<IndicatorEnterprise> Page);

/// <summary>
/// The drill-down of the dashboard: the enterprises counted in a computed indicator's actual for a jurisdiction (or
/// the district) and period, with the record that counts and its date, newest first. Unlike the progress figures,
/// the list is scoped by the session (a jurisdiction officer sees only their own enterprises).
/// </summary>
[UseCase]
public sealed class ListIndicatorEnterprises(IDbContextFactory<SeedbedDb> factory)
{
    /// <param name="kind">flow or level; null = the indicator's main kind (as on the dashboard)</param>
    /// <returns>null when the plan or the indicator does not exist</returns>
    public async Task<IndicatorEnterpriseList?> ExecuteAsync(int? planId, string indicatorCode, PlanPeriod period, string? jurisdiction,
        string? kind, DateOnly today, int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await PlanLookup.LoadAsync(db, planId, ct);
        var indicator = plan?.Indicators.SingleOrDefault(i => i.Code == indicatorCode);
        if (indicator is null) return null;
        if (indicator.ActualSource != ActualSources.Computed || indicator.Metric is null)
            throw new SeedbedValidationException("indicator", $"指标“{indicator.Name}”的实际数为手工填报，没有企业明细");
        var k = kind ?? PlanLookup.MainKind(indicator);
        if (k is not (TargetKinds.Flow or TargetKinds.Level))
            throw new SeedbedValidationException("kind", $"口径“{kind}”无效：应为 flow（新增）或 level（总数）");
        var name = string.IsNullOrWhiteSpace(jurisdiction) ? null : jurisdiction.Trim();
        int? jurisdictionId = null;
        if (name is not null)
        {
            jurisdictionId = await db.Jurisdictions.Where(j => j.Name == name).Select(j => (int?)j.Id).SingleOrDefaultAsync(ct)
                ?? throw new SeedbedValidationException("jurisdiction", $"属地“{jurisdiction}”不存在");
        }
        var asOf = ProgressMath.AsOf(period, today);
        IQueryable<MetricItem> Items(SeedbedDb c)
        {
            var items = MetricItems.Query(c, indicator.Metric, k, period.Year, asOf, districtWide: false);
            return jurisdictionId is { } jid ? items.Where(i => i.JurisdictionId == jid) : items;
        }
        // the count runs alongside the page on its own context (on SQLite, whose "async" calls are synchronous, on the thread pool)
        var counting = Task.Run(async () =>
        {
            await using var other = await factory.CreateDbContextAsync(ct);
            return await Items(other).CountAsync(ct);
        }, ct);
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var rows = await (from i in Items(db)
                          join e in db.Enterprises on i.EnterpriseId equals e.Id
                          join j in db.Jurisdictions on e.JurisdictionId equals j.Id
                          orderby i.Date descending, e.Name, i.Number
                          select new { e.Id, e.Name, e.Uscc, Jurisdiction = j.Name, i.What, i.Number, i.Date })
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var total = await counting;
        var list = rows.Select(r => new IndicatorEnterprise(r.Id, r.Name, r.Uscc, r.Jurisdiction, WhatName(r.What), r.Number, r.Date)).ToList();
        return new IndicatorEnterpriseList(indicator.Code, indicator.Name, k, period, asOf, name,
            new Paged<IndicatorEnterprise>(total, list));
    }

    private static string WhatName(string what) => what switch
    {
        MetricItems.Institution => "研发机构",
        MetricItems.InventionPatent => "发明专利",
        _ => Vocabularies.QualificationKind.LabelOf(what),
    };
}
