using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Sunrise;

public sealed record CallSummary(int Id, int Year, string Title, DateOnly OpensOn, DateOnly ClosesOn, int Quota, string Scorecard,
    string Status, DateOnly? DecidedOn, int Applications, int Approved);

public sealed record NewCallInput(int Year, string? Title, DateOnly? OpensOn, DateOnly? ClosesOn, int? Quota, string? ScorecardId, int ScorecardVersion = 1);

/// <summary>The calls, newest first, with counts (applications counted within the caller's scope).</summary>
[UseCase]
public sealed class ListSunriseCalls(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<IReadOnlyList<CallSummary>> ExecuteAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var calls = await db.SunriseCalls.AsNoTracking().OrderByDescending(c => c.Year).ThenByDescending(c => c.Id).ToListAsync(ct);
        var counts = await db.SunriseApplications.GroupBy(a => a.CallId)
            .Select(g => new { g.Key, N = g.Count(), A = g.Count(a => a.Approved) }).ToListAsync(ct);
        return calls.Select(c =>
        {
            var n = counts.FirstOrDefault(x => x.Key == c.Id);
            return new CallSummary(c.Id, c.Year, c.Title, c.OpensOn, c.ClosesOn, c.Quota, $"{c.ScorecardId} v{c.ScorecardVersion.ToString(CultureInfo.InvariantCulture)}",
                c.Status, c.DecidedOn, n?.N ?? 0, n?.A ?? 0);
        }).ToList();
    }
}

/// <summary>Creates a call (status draft). Quota defaults to the scorecard's default (35).</summary>
[UseCase]
public sealed class CreateSunriseCall(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<int> ExecuteAsync(NewCallInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        SunriseAccess.RequireBureau(db);
        var issues = new List<InputIssue>();
        if (input.Year is < 2000 or > 2100) issues.Add(new("year", "年度：应为2000至2100之间的年份"));
        if (string.IsNullOrWhiteSpace(input.Title)) issues.Add(new("title", "批次名称：必填"));
        else if (input.Title.Length > 200) issues.Add(new("title", "批次名称：不能超过200字"));
        if (input.OpensOn is null) issues.Add(new("opensOn", "受理开始日期：必填"));
        if (input.ClosesOn is null) issues.Add(new("closesOn", "受理截止日期：必填"));
        else if (input.OpensOn is { } o && input.ClosesOn < o) issues.Add(new("closesOn", "受理截止日期：不能早于开始日期"));
        if (input.Quota is < 1 or > 1000) issues.Add(new("quota", "年度名额：应为1至1000"));
        Rules.Sunrise.Scorecard? card = null;
        if (string.IsNullOrWhiteSpace(input.ScorecardId)) issues.Add(new("scorecard", "评分表：必选"));
        else
            try { card = SunriseCatalog.Scorecard(input.ScorecardId, input.ScorecardVersion); }
            catch (SeedbedValidationException ex) { issues.AddRange(ex.Issues); }
        if (issues.Count > 0) throw new SeedbedValidationException(issues);
        var call = new SunriseCall
        {
            Year = input.Year, Title = input.Title!.Trim(), OpensOn = input.OpensOn!.Value, ClosesOn = input.ClosesOn!.Value,
            Quota = input.Quota ?? card!.DefaultQuota, ScorecardId = card!.Id, ScorecardVersion = card.Version, CreatedAt = DateTime.UtcNow,
        };
        db.SunriseCalls.Add(call);
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "create", $"sunrise-call:{input.Year.ToString(CultureInfo.InvariantCulture)}", "success",
            $"新建旭日计划批次“{call.Title}”，名额{call.Quota.ToString(CultureInfo.InvariantCulture)}，评分表 {card.Key}"));
        await db.SaveChangesAsync(ct);
        return call.Id;
    }
}

/// <summary>Moves a call forward: draft → open → reviewing. "decided" is reached only by approval.</summary>
[UseCase]
public sealed class ChangeCallStatus(IDbContextFactory<SeedbedDb> factory)
{
    public async Task ExecuteAsync(int callId, string status, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        SunriseAccess.RequireBureau(db);
        var call = await db.SunriseCalls.SingleOrDefaultAsync(c => c.Id == callId, ct) ?? throw SunriseAccess.NotFound("批次");
        var allowed = (call.Status, status) is (CallStatus.Draft, CallStatus.Open) or (CallStatus.Open, CallStatus.Reviewing);
        if (!allowed)
            throw new SeedbedValidationException("status", $"批次状态不能从“{CallStatus.NameOf(call.Status)}”改为“{CallStatus.NameOf(status)}”");
        call.Status = status;
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "update", $"sunrise-call:{callId.ToString(CultureInfo.InvariantCulture)}", "success",
            $"批次状态改为{CallStatus.NameOf(status)}"));
        await db.SaveChangesAsync(ct);
    }
}
