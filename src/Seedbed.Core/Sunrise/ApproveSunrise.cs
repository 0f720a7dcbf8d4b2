using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Core.Enterprises;
using Seedbed.Rules.Sunrise;

namespace Seedbed.Core.Sunrise;

public sealed record ApprovalInput(int ApplicationId, IReadOnlyList<SupportItemView> Items);

/// <summary>
/// The bureau's decision (立项): approves ranked applications with their support items, at least the quota (or every
/// ranked application when fewer are ranked). In one transaction: applications marked approved, support items stored,
/// a <c>sunrise</c> qualification per enterprise (number XR&lt;year&gt;-&lt;nnn&gt; in rank order, issued on the decision date,
/// valid three years; numbers continue after the highest already issued for that year), the call set to decided, one <c>approve</c> audit entry.
/// </summary>
[UseCase]
public sealed class ApproveSunrise(IDbContextFactory<SeedbedDb> factory)
{
    public const int ValidityYears = 3;

    public async Task<IReadOnlyList<string>> ExecuteAsync(int callId, DateOnly decidedOn, IReadOnlyList<ApprovalInput> approvals, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        SunriseAccess.RequireBureau(db);
        var call = await db.SunriseCalls.SingleOrDefaultAsync(c => c.Id == callId, ct) ?? throw SunriseAccess.NotFound("批次");
        if (call.Status != CallStatus.Reviewing)
            throw new SeedbedValidationException("call", $"批次当前为“{CallStatus.NameOf(call.Status)}”，只有评审中的批次可以立项");
        var card = SunriseCatalog.Scorecard(call.ScorecardId, call.ScorecardVersion);
        var apps = await db.SunriseApplications.Include(a => a.Reviews).Where(a => a.CallId == callId).ToListAsync(ct);
        var ranking = ScoreAggregation.Aggregate(card, apps.Where(a => SunriseCompleteness.Missing(a).Count == 0).Select(a => new ScoredApplication(
            a.Id, a.AppliedAt, a.Reviews.Count, a.Reviews.Where(r => r.SubmittedAt is not null).Select(r => GetSunriseCall.Points(r.ScoresJson)).ToList())).ToList());
        var rankOf = ranking.Where(r => r.Rank is not null).ToDictionary(r => r.ApplicationId, r => r.Rank!.Value);

        var issues = new List<InputIssue>();
        var chosen = approvals.DistinctBy(a => a.ApplicationId).ToList();
        if (chosen.Count != approvals.Count) issues.Add(new("approvals", "同一申请重复出现"));
        foreach (var (a, i) in chosen.Select((a, i) => (a, i)))
        {
            var where = $"approvals[{i.ToString(CultureInfo.InvariantCulture)}]";
            var app = apps.FirstOrDefault(x => x.Id == a.ApplicationId);
            if (app is null) { issues.Add(new(where, $"申请{a.ApplicationId.ToString(CultureInfo.InvariantCulture)}不属于本批次")); continue; }
            if (!rankOf.ContainsKey(app.Id)) issues.Add(new(where, $"{app.EnterpriseName}：评审未完成，未进入排名，不能批准"));
            if (a.Items.Count == 0) issues.Add(new(where, $"{app.EnterpriseName}：请至少填写一项支持内容（无偿资助、研发投入补助或贷款贴息）"));
            foreach (var item in a.Items)
            {
                if (!SupportKinds.IsKnown(item.Kind)) issues.Add(new(where, $"{app.EnterpriseName}：未知的支持类型“{item.Kind}”"));
                else if (item.Amount <= 0 || decimal.Round(item.Amount, 2) != item.Amount || item.Amount > 100_000_000m)
                    issues.Add(new(where, $"{app.EnterpriseName}：{SupportKinds.NameOf(item.Kind)}金额应大于0、不超过1亿元，最多两位小数（元）"));
            }
            if (a.Items.GroupBy(x => x.Kind).Any(g => g.Count() > 1)) issues.Add(new(where, $"{app.EnterpriseName}：同一支持类型只能填写一次"));
        }
        if (QuotaRule.Check(call.Quota, rankOf.Count, chosen.Count) is { } quota) issues.Insert(0, new("approvals", quota));
        if (issues.Count > 0) throw new SeedbedValidationException(issues);

        // numbers continue after the highest XR<year>-nnn already issued (e.g. by an earlier call of the same year, or imported)
        var prefix = $"XR{call.Year.ToString(CultureInfo.InvariantCulture)}-";
        var issued = await db.Qualifications.IgnoreQueryFilters().Where(q => q.Kind == "sunrise" && q.Number.StartsWith(prefix)).Select(q => q.Number).ToListAsync(ct);
        var seq = issued.Select(n => int.TryParse(n[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : 0).DefaultIfEmpty(0).Max();
        var numbers = new List<string>();
        foreach (var a in chosen.OrderBy(a => rankOf[a.ApplicationId]))
        {
            var app = apps.Single(x => x.Id == a.ApplicationId);
            var number = $"XR{call.Year.ToString(CultureInfo.InvariantCulture)}-{(++seq).ToString("000", CultureInfo.InvariantCulture)}";
            app.Approved = true;
            app.QualificationNumber = number;
            db.SunriseSupportItems.AddRange(a.Items.Select(x => new SunriseSupportItem { ApplicationId = app.Id, Kind = x.Kind, Amount = x.Amount }));
            db.Qualifications.Add(new Qualification
            {
                EnterpriseId = app.EnterpriseId, Kind = "sunrise", Number = number, IssuedOn = decidedOn,
                ExpiresOn = decidedOn.AddYears(ValidityYears).AddDays(-1),
            });
            numbers.Add(number);
        }
        call.Status = CallStatus.Decided;
        call.DecidedOn = decidedOn;
        var total = chosen.Sum(a => a.Items.Sum(x => x.Amount));
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "approve", $"sunrise-call:{call.Id.ToString(CultureInfo.InvariantCulture)}", "success",
            $"旭日计划“{call.Title}”立项{chosen.Count.ToString(CultureInfo.InvariantCulture)}家（名额{call.Quota.ToString(CultureInfo.InvariantCulture)}），" +
            $"支持金额合计{total.ToString("0.00", CultureInfo.InvariantCulture)}元：" +
            string.Join("、", chosen.OrderBy(a => rankOf[a.ApplicationId]).Select(a => apps.Single(x => x.Id == a.ApplicationId).EnterpriseName))));
        await db.SaveChangesAsync(ct);
        return numbers;
    }
}
