using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Rules.Sunrise;

namespace Seedbed.Core.Sunrise;

public sealed record ReviewerProgress(string UserName, string DisplayName, bool Submitted, decimal? Total);
public sealed record SupportItemView(string Kind, decimal Amount);

public sealed record ApplicationRow(ApplicationView Application, IReadOnlyList<ReviewerProgress> Reviewers, decimal? Score, bool DroppedExtremes,
    int? Rank, string? NotRankedReason, IReadOnlyList<SupportItemView> Support);

public sealed record CallDetail(CallSummary Call, Scorecard Scorecard, IReadOnlyList<ApplicationRow> Rows, int Ranked, int MinimumToApprove, string? ShortfallNote);

public sealed record ReviewerAccount(string UserName, string DisplayName);

/// <summary>The bureau's view of a call: applications with completeness, reviewers and progress, aggregate scores and ranking, quota.</summary>
[UseCase]
public sealed class GetSunriseCall(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<CallDetail?> ExecuteAsync(int callId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        SunriseAccess.RequireBureau(db);
        var call = await db.SunriseCalls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null) return null;
        var card = SunriseCatalog.Scorecard(call.ScorecardId, call.ScorecardVersion);
        var apps = await db.SunriseApplications.AsNoTracking().AsSplitQuery().Include(a => a.Reviews).Include(a => a.SupportItems)
            .Where(a => a.CallId == callId).ToListAsync(ct);
        var complete = apps.Where(a => SunriseCompleteness.Missing(a).Count == 0).ToList();
        var agg = ScoreAggregation.Aggregate(card, complete.Select(a => new ScoredApplication(a.Id, a.AppliedAt, a.Reviews.Count,
            a.Reviews.Where(r => r.SubmittedAt is not null).Select(r => Points(r.ScoresJson)).ToList())).ToList()).ToDictionary(r => r.ApplicationId);
        var rows = apps.Select(a =>
        {
            agg.TryGetValue(a.Id, out var r);
            var reviewers = a.Reviews.OrderBy(x => x.Id).Select(x => new ReviewerProgress(x.ReviewerUserName, x.ReviewerDisplayName, x.SubmittedAt is not null,
                x.SubmittedAt is null ? null : card.Total(Points(x.ScoresJson)))).ToList();
            var missing = SunriseCompleteness.Missing(a);
            return new ApplicationRow(GetSunriseApplication.View(a, call), reviewers, r?.Score, r?.DroppedExtremes ?? false, r?.Rank,
                missing.Count > 0 ? "材料不完整" : r?.NotRankedReason, a.SupportItems.Select(s => new SupportItemView(s.Kind, s.Amount)).ToList());
        }).OrderBy(x => x.Rank ?? int.MaxValue).ThenBy(x => x.Application.AppliedAt).ToList();
        var ranked = rows.Count(r => r.Rank is not null);
        var summary = new CallSummary(call.Id, call.Year, call.Title, call.OpensOn, call.ClosesOn, call.Quota, card.Key, call.Status, call.DecidedOn,
            apps.Count, apps.Count(a => a.Approved));
        return new CallDetail(summary, card, rows, ranked, QuotaRule.Minimum(call.Quota, ranked), QuotaRule.ShortfallNote(call.Quota, ranked));
    }

    internal static Dictionary<string, decimal> Points(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<string, decimal>>(json) ?? [];
}

/// <summary>Reviewer accounts (role 评审专家, active) and the assignment of reviewers to an application.</summary>
[UseCase]
public sealed class AssignSunriseReviewers(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<IReadOnlyList<ReviewerAccount>> ReviewersAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        SunriseAccess.RequireBureau(db);
        return await db.Users.AsNoTracking().Where(u => u.Role == Roles.Reviewer && !u.Disabled).OrderBy(u => u.UserName)
            .Select(u => new ReviewerAccount(u.UserName!, u.DisplayName)).ToListAsync(ct);
    }

    /// <summary>
    /// Sets the reviewers of an application: adds the new ones, removes those not listed who have not submitted yet.
    /// Only complete applications go to review; a reviewer who has submitted cannot be removed.
    /// </summary>
    public async Task ExecuteAsync(int applicationId, IReadOnlyList<string> reviewerUserNames, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        SunriseAccess.RequireBureau(db);
        var app = await db.SunriseApplications.Include(a => a.Reviews).SingleOrDefaultAsync(a => a.Id == applicationId, ct) ?? throw SunriseAccess.NotFound();
        var call = await db.SunriseCalls.SingleAsync(c => c.Id == app.CallId, ct);
        if (call.Status is not (CallStatus.Open or CallStatus.Reviewing))
            throw new SeedbedValidationException("call", $"批次当前为“{CallStatus.NameOf(call.Status)}”，不能分配评审专家");
        var missing = SunriseCompleteness.Missing(app);
        if (missing.Count > 0) throw new SeedbedValidationException("application", $"申请材料不完整，不能进入评审。缺少：{string.Join("、", missing)}");
        var wanted = reviewerUserNames.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var accounts = await db.Users.Where(u => wanted.Contains(u.UserName!)).ToListAsync(ct);
        var bad = wanted.Where(n => !accounts.Any(u => u.UserName == n && u.Role == Roles.Reviewer && !u.Disabled)).ToList();
        if (bad.Count > 0) throw new SeedbedValidationException("reviewers", $"以下账号不是有效的评审专家：{string.Join("、", bad)}");
        var keep = app.Reviews.Where(r => r.SubmittedAt is not null && !wanted.Contains(r.ReviewerUserName)).ToList();
        if (keep.Count > 0) throw new SeedbedValidationException("reviewers", $"已提交评分的评审专家不能移除：{string.Join("、", keep.Select(r => r.ReviewerDisplayName))}");
        db.SunriseReviews.RemoveRange(app.Reviews.Where(r => !wanted.Contains(r.ReviewerUserName)));
        foreach (var u in accounts.Where(u => app.Reviews.All(r => r.ReviewerUserName != u.UserName)))
            db.SunriseReviews.Add(new SunriseReview { ApplicationId = app.Id, ReviewerUserName = u.UserName!, ReviewerDisplayName = u.DisplayName, AssignedAt = DateTime.UtcNow });
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "update", $"sunrise-application:{app.Id.ToString(CultureInfo.InvariantCulture)}", "success",
            $"评审专家：{string.Join("、", wanted)}"));
        await db.SaveChangesAsync(ct);
    }
}
