using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Rules.Sunrise;

namespace Seedbed.Core.Sunrise;

public sealed record ReturnRow(int Id, int EnterpriseId, string EnterpriseName, int Year, int Quarter, decimal Revenue, decimal RdExpense, int Staff,
    int IpCount, decimal Financing, string EnteredBy, DateTime EnteredAt);

public sealed record AlertRow(int EnterpriseId, string EnterpriseName, string Jurisdiction, string Qualification, string Kind, string Message);

public sealed record SunriseEnterprise(int Id, string Name, string Qualification);

/// <summary>Quarterly monitoring returns of Sunrise enterprises: entry (enterprise user for itself, or bureau staff) and list.</summary>
[UseCase]
public sealed class SunriseReturns(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<ReturnRow> SubmitAsync(int enterpriseId, QuarterFigures f, DateOnly today, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var e = await db.Enterprises.Where(x => x.Id == enterpriseId).Select(x => new { x.Id, x.Name }).SingleOrDefaultAsync(ct) ?? throw SunriseAccess.NotFound("企业");
        var rules = SunriseCatalog.Monitoring;
        var issues = rules.Validate(f, today).Select(i => new InputIssue(i.Field, i.Message)).ToList();
        if (!await db.Qualifications.AnyAsync(q => q.EnterpriseId == enterpriseId && q.Kind == "sunrise" && q.IssuedOn <= today, ct))
            issues.Insert(0, new("enterprise", $"{e.Name}不是旭日计划企业，无需填报监测数据"));
        if (issues.Count == 0 && await db.SunriseReturns.AnyAsync(r => r.EnterpriseId == enterpriseId && r.Year == f.Year && r.Quarter == f.Quarter, ct))
            issues.Add(new("quarter", $"季度：{MonitoringRules.QuarterName(f.Year, f.Quarter)}已填报，不能重复填报"));
        if (issues.Count > 0) throw new SeedbedValidationException(issues);
        var r = new SunriseReturn
        {
            EnterpriseId = enterpriseId, Year = f.Year, Quarter = f.Quarter, Revenue = f.Revenue!.Value, RdExpense = f.RdExpense!.Value,
            Staff = f.Staff!.Value, IpCount = f.IpCount!.Value, Financing = f.Financing!.Value, EnteredBy = db.Auditor.User, EnteredAt = DateTime.UtcNow,
        };
        db.SunriseReturns.Add(r);
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "create", $"enterprise:{enterpriseId.ToString(CultureInfo.InvariantCulture)}", "success",
            $"旭日计划监测数据 {MonitoringRules.QuarterName(f.Year, f.Quarter)}"));
        await db.SaveChangesAsync(ct);
        return new ReturnRow(r.Id, e.Id, e.Name, r.Year, r.Quarter, r.Revenue, r.RdExpense, r.Staff, r.IpCount, r.Financing, r.EnteredBy, r.EnteredAt);
    }

    /// <summary>Returns within the caller's scope, newest quarter first.</summary>
    public async Task<IReadOnlyList<ReturnRow>> ListAsync(int? enterpriseId = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = db.SunriseReturns.AsNoTracking().Where(r => enterpriseId == null || r.EnterpriseId == enterpriseId);
        return await q.OrderByDescending(r => r.Year).ThenByDescending(r => r.Quarter).ThenBy(r => r.EnterpriseId).Take(500)
            .Join(db.Enterprises, r => r.EnterpriseId, e => e.Id, (r, e) => new ReturnRow(r.Id, e.Id, e.Name, r.Year, r.Quarter, r.Revenue, r.RdExpense,
                r.Staff, r.IpCount, r.Financing, r.EnteredBy, r.EnteredAt)).ToListAsync(ct);
    }

    /// <summary>The enterprises that hold or held a sunrise qualification issued by <paramref name="today"/>, within the caller's scope (latest number).</summary>
    public async Task<IReadOnlyList<SunriseEnterprise>> EnterprisesAsync(DateOnly today, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Qualifications.AsNoTracking().Where(q => q.Kind == "sunrise" && q.IssuedOn <= today)
            .Join(db.Enterprises, q => q.EnterpriseId, e => e.Id, (q, e) => new { e.Id, e.Name, q.Number, q.IssuedOn }).ToListAsync(ct);
        return rows.GroupBy(r => r.Id).Select(g => g.OrderByDescending(x => x.IssuedOn).First())
            .OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new SunriseEnterprise(r.Id, r.Name, r.Number)).ToList();
    }
}

/// <summary>The alert list: declining and not-reporting Sunrise enterprises on a date (rules/sunrise-monitoring.v1.json).</summary>
[UseCase]
public sealed class SunriseAlerts(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<IReadOnlyList<AlertRow>> ExecuteAsync(DateOnly asOf, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rules = SunriseCatalog.Monitoring;
        var quals = await db.Qualifications.AsNoTracking().Where(q => q.Kind == "sunrise" && q.IssuedOn <= asOf && (q.ExpiresOn == null || q.ExpiresOn >= asOf))
            .Join(db.Enterprises, q => q.EnterpriseId, e => e.Id, (q, e) => new { e.Id, e.Name, Jurisdiction = e.Jurisdiction!.Name, q.Number, q.IssuedOn })
            .ToListAsync(ct);
        var ids = quals.Select(q => q.Id).Distinct().ToList();
        var returns = (await db.SunriseReturns.AsNoTracking().Where(r => ids.Contains(r.EnterpriseId)).ToListAsync(ct)).ToLookup(r => r.EnterpriseId);
        var alerts = new List<AlertRow>();
        foreach (var q in quals.GroupBy(x => x.Id).Select(g => g.OrderByDescending(x => x.IssuedOn).First()))
        {
            var figures = returns[q.Id].Select(r => new QuarterFigures(r.Year, r.Quarter, r.Revenue, r.RdExpense, r.Staff, r.IpCount, r.Financing)).ToList();
            alerts.AddRange(rules.Alerts(figures, q.IssuedOn, asOf).Select(a => new AlertRow(q.Id, q.Name, q.Jurisdiction, q.Number, a.Kind, a.Message)));
        }
        return alerts.OrderBy(a => a.Kind, StringComparer.Ordinal).ThenBy(a => a.EnterpriseName, StringComparer.Ordinal).ToList();
    }
}
