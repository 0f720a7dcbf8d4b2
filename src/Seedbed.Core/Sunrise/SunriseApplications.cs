using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Sunrise;

/// <summary>The editable part of an application (money in yuan, growth in percent).</summary>
public sealed record ApplicationInput(int? DataYear, decimal? Revenue, decimal? RevenueGrowth, decimal? RdExpense, int? Staff, int? IpCount,
    decimal? Financing, string? Description);

public sealed record ApplicationView(int Id, int CallId, int EnterpriseId, string EnterpriseName, string Uscc, ApplicationInput Data,
    IReadOnlyList<string> Missing, string AppliedBy, DateTime AppliedAt, bool Approved, string? QualificationNumber, bool Editable);

/// <summary>
/// Applies for an enterprise to an open call (the enterprise user for itself, bureau staff on its behalf; the data
/// layer's scope decides which enterprises the caller may apply for). The figures are pre-filled from the registry.
/// </summary>
[UseCase]
public sealed class ApplySunrise(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<ApplicationView> ExecuteAsync(int callId, int enterpriseId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var call = await db.SunriseCalls.SingleOrDefaultAsync(c => c.Id == callId, ct) ?? throw SunriseAccess.NotFound("批次");
        if (call.Status != CallStatus.Open) throw new SeedbedValidationException("call", $"批次“{call.Title}”当前为“{CallStatus.NameOf(call.Status)}”，不受理申报");
        var e = await db.Enterprises.AsSplitQuery().Include(x => x.Years).Include(x => x.IpItems).SingleOrDefaultAsync(x => x.Id == enterpriseId, ct)
            ?? throw SunriseAccess.NotFound("企业");
        if (await db.SunriseApplications.AnyAsync(a => a.CallId == callId && a.EnterpriseId == enterpriseId, ct))
            throw new SeedbedValidationException("enterprise", $"{e.Name}已申报本批次，不能重复申报");
        var years = e.Years.Where(y => y.SalesRevenue is not null).OrderByDescending(y => y.Year).ToList();
        var latest = years.FirstOrDefault();
        var before = latest is null ? null : years.FirstOrDefault(y => y.Year == latest.Year - 1);
        var app = new SunriseApplication
        {
            CallId = callId, EnterpriseId = e.Id, EnterpriseName = e.Name, Uscc = e.Uscc, DataYear = latest?.Year,
            Revenue = latest?.SalesRevenue, RdExpense = latest?.RdExpense, Staff = latest?.Employees,
            RevenueGrowth = before?.SalesRevenue is > 0 && latest!.SalesRevenue is { } now
                ? decimal.Round((now - before.SalesRevenue.Value) / before.SalesRevenue.Value * 100m, 1, MidpointRounding.AwayFromZero) : null,
            IpCount = e.IpItems.Count(i => i.Status == "granted"),
            AppliedBy = db.Auditor.User, AppliedAt = DateTime.UtcNow,
        };
        db.SunriseApplications.Add(app);
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "create", $"enterprise:{e.Id.ToString(CultureInfo.InvariantCulture)}", "success",
            $"申报旭日计划“{call.Title}”"));
        await db.SaveChangesAsync(ct);
        return GetSunriseApplication.View(app, call);
    }
}

/// <summary>Changes the figures of an application while its call is open and no reviewer has been assigned yet.</summary>
[UseCase]
public sealed class UpdateSunriseApplication(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<ApplicationView> ExecuteAsync(int applicationId, ApplicationInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var app = await db.SunriseApplications.Include(a => a.Reviews).SingleOrDefaultAsync(a => a.Id == applicationId, ct) ?? throw SunriseAccess.NotFound();
        var call = await db.SunriseCalls.SingleAsync(c => c.Id == app.CallId, ct);
        if (call.Status != CallStatus.Open || app.Reviews.Count > 0)
            throw new SeedbedValidationException("application", "申请已进入评审，不能再修改");
        Validate(input);
        app.DataYear = input.DataYear; app.Revenue = input.Revenue; app.RevenueGrowth = input.RevenueGrowth; app.RdExpense = input.RdExpense;
        app.Staff = input.Staff; app.IpCount = input.IpCount; app.Financing = input.Financing; app.Description = input.Description?.Trim();
        await db.SaveChangesAsync(ct);
        return GetSunriseApplication.View(app, call);
    }

    internal static void Validate(ApplicationInput i)
    {
        var issues = new List<InputIssue>();
        void Money(string f, string name, decimal? v)
        {
            if (v < 0) issues.Add(new(f, $"{name}：不能为负数"));
            else if (v is { } x && decimal.Round(x, 2) != x) issues.Add(new(f, $"{name}：最多保留两位小数（元）"));
            else if (v > 100_000_000_000m) issues.Add(new(f, $"{name}：超过合理上限，请核对单位（元）"));
        }
        if (i.DataYear is < 2000 or > 2100) issues.Add(new("dataYear", "数据年度：应为2000至2100之间的年份"));
        Money("revenue", "最近年度营业收入", i.Revenue);
        Money("rdExpense", "研发费用", i.RdExpense);
        Money("financing", "近一年融资金额", i.Financing);
        if (i.RevenueGrowth is { } g && (g < -100 || g > 10000 || decimal.Round(g, 1) != g)) issues.Add(new("revenueGrowth", "营业收入增长率：应在-100%至10000%之间，最多一位小数"));
        if (i.Staff is < 0 or > 100_000) issues.Add(new("staff", "职工人数：应在0至100000之间"));
        if (i.IpCount is < 0 or > 10_000) issues.Add(new("ipCount", "知识产权数量：应在0至10000之间"));
        if (i.Description is { Length: > 2000 }) issues.Add(new("description", "企业简介：不能超过2000字"));
        if (issues.Count > 0) throw new SeedbedValidationException(issues);
    }
}

/// <summary>One application within the caller's scope (null when not visible), or the caller's applications.</summary>
[UseCase]
public sealed class GetSunriseApplication(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<ApplicationView?> ExecuteAsync(int applicationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var app = await db.SunriseApplications.AsNoTracking().Include(a => a.Reviews).SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (app is null) return null;
        return View(app, await db.SunriseCalls.SingleAsync(c => c.Id == app.CallId, ct));
    }

    /// <summary>Every application the caller may see (an enterprise user: its own), newest first.</summary>
    public async Task<IReadOnlyList<ApplicationView>> MineAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var apps = await db.SunriseApplications.AsNoTracking().Include(a => a.Reviews).OrderByDescending(a => a.AppliedAt).Take(200).ToListAsync(ct);
        var calls = await db.SunriseCalls.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        return apps.Select(a => View(a, calls[a.CallId])).ToList();
    }

    internal static ApplicationView View(SunriseApplication a, SunriseCall call) => new(a.Id, a.CallId, a.EnterpriseId, a.EnterpriseName, a.Uscc,
        new ApplicationInput(a.DataYear, a.Revenue, a.RevenueGrowth, a.RdExpense, a.Staff, a.IpCount, a.Financing, a.Description),
        SunriseCompleteness.Missing(a), a.AppliedBy, a.AppliedAt, a.Approved, a.QualificationNumber, call.Status == CallStatus.Open && a.Reviews.Count == 0);
}
