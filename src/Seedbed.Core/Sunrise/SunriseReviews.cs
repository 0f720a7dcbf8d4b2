using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Rules.Sunrise;

namespace Seedbed.Core.Sunrise;

public sealed record ReviewTask(int ApplicationId, int CallId, string CallTitle, string CallStatus, string EnterpriseName, string Uscc,
    ApplicationInput Data, Scorecard Scorecard, IReadOnlyDictionary<string, decimal> MyPoints, decimal? MyTotal, bool Submitted,
    string? Comment, IReadOnlyList<decimal> OtherTotals);

/// <summary>
/// A reviewer's own tasks (评审专家: only what they are asked to review). The caller is the session's account
/// (<see cref="SeedbedDb.Auditor"/>), never a parameter: every query is restricted to reviews assigned to that account,
/// so an unassigned application is "not found" whatever its id. The other reviewers' totals are shown only after the
/// caller has submitted (independent scoring); their names never.
/// </summary>
[UseCase]
public sealed class MyReviewTasks(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<IReadOnlyList<ReviewTask>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var me = db.Auditor.User;
        var ids = await db.SunriseReviews.Where(r => r.ReviewerUserName == me).Select(r => r.ApplicationId).ToListAsync(ct);
        var tasks = new List<ReviewTask>();
        foreach (var id in ids) tasks.Add((await LoadAsync(db, id, ct))!);
        return tasks.OrderBy(t => t.Submitted).ThenBy(t => t.ApplicationId).ToList();
    }

    public async Task<ReviewTask?> GetAsync(int applicationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await LoadAsync(db, applicationId, ct);
    }

    internal static async Task<ReviewTask?> LoadAsync(SeedbedDb db, int applicationId, CancellationToken ct)
    {
        var me = db.Auditor.User;
        // the assignment is the access right: reviewers have no enterprise scope, so the application is read past the
        // enterprise filter only through the caller's own review row
        var app = await db.SunriseApplications.IgnoreQueryFilters().AsNoTracking().Include(a => a.Reviews)
            .Where(a => a.Id == applicationId && a.Reviews.Any(r => r.ReviewerUserName == me)).SingleOrDefaultAsync(ct);
        if (app is null) return null;
        var call = await db.SunriseCalls.AsNoTracking().SingleAsync(c => c.Id == app.CallId, ct);
        var card = SunriseCatalog.Scorecard(call.ScorecardId, call.ScorecardVersion);
        var mine = app.Reviews.Single(r => r.ReviewerUserName == me);
        var points = GetSunriseCall.Points(mine.ScoresJson);
        var submitted = mine.SubmittedAt is not null;
        var others = submitted
            ? app.Reviews.Where(r => r.Id != mine.Id && r.SubmittedAt is not null).Select(r => card.Total(GetSunriseCall.Points(r.ScoresJson))).Order().ToList()
            : [];
        return new ReviewTask(app.Id, call.Id, call.Title, call.Status, app.EnterpriseName, app.Uscc,
            new ApplicationInput(app.DataYear, app.Revenue, app.RevenueGrowth, app.RdExpense, app.Staff, app.IpCount, app.Financing, app.Description),
            card, points, submitted ? card.Total(points) : null, submitted, mine.Comment, others);
    }
}

/// <summary>A reviewer submits their scores for one assigned application (once; final).</summary>
[UseCase]
public sealed class SubmitSunriseReview(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<ReviewTask> ExecuteAsync(int applicationId, IReadOnlyDictionary<string, decimal> points, string? comment, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var me = db.Auditor.User;
        var review = await db.SunriseReviews.SingleOrDefaultAsync(r => r.ApplicationId == applicationId && r.ReviewerUserName == me, ct)
            ?? throw SunriseAccess.NotFound();
        var callId = await db.SunriseApplications.IgnoreQueryFilters().Where(a => a.Id == applicationId).Select(a => a.CallId).SingleAsync(ct);
        var call = await db.SunriseCalls.SingleAsync(c => c.Id == callId, ct);
        if (call.Status != CallStatus.Reviewing)
            throw new SeedbedValidationException("call", $"批次当前为“{CallStatus.NameOf(call.Status)}”，不在评审阶段");
        if (review.SubmittedAt is not null) throw new SeedbedValidationException("review", "评分已提交，不能修改");
        var card = SunriseCatalog.Scorecard(call.ScorecardId, call.ScorecardVersion);
        var issues = card.Check(points);
        if (comment is { Length: > 1000 }) issues = [.. issues, ("comment", "评审意见：不能超过1000字")];
        if (issues.Count > 0) throw new SeedbedValidationException(issues.Select(i => new InputIssue(i.CriterionId, i.Message)).ToList());
        review.ScoresJson = JsonSerializer.Serialize(card.Criteria.ToDictionary(c => c.Id, c => points[c.Id]));
        review.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        review.SubmittedAt = DateTime.UtcNow;
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "update", $"sunrise-application:{applicationId.ToString(CultureInfo.InvariantCulture)}", "success",
            $"提交评分，总分{card.Total(points).ToString(CultureInfo.InvariantCulture)}"));
        await db.SaveChangesAsync(ct);
        return (await MyReviewTasks.LoadAsync(db, applicationId, ct))!;
    }
}
