using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Common;
using Seedbed.Core.Sunrise;
using Seedbed.Core.Tests.Support;
using static Seedbed.Core.Tests.Sunrise.SunriseTestData;

namespace Seedbed.Core.Tests.Sunrise;

/// <summary>The Sunrise call end to end on both databases: application, completeness, reviews, ranking, quota, approval.</summary>
public class SunriseCallTests
{
    [Theory, Providers]
    public async Task Application_IsPrefilledFromTheRegistry_AndIncompleteUntilFilledIn(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var ids = await EnterprisesAsync(t, 2);
        await ReviewersAsync(t, "r1", "r2", "r3");
        AsBureau(t);
        var call = await t.Get<CreateSunriseCall>().ExecuteAsync(new NewCallInput(2019, "2019年度旭日计划", new(2019, 3, 1), new(2019, 4, 30), null, "sunrise-scorecard-2019"));
        var refused = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<ApplySunrise>().ExecuteAsync(call, ids[0]));
        Assert.Contains("不受理申报", refused.Message, StringComparison.Ordinal);
        await t.Get<ChangeCallStatus>().ExecuteAsync(call, CallStatus.Open);

        // the enterprise user applies for itself, and only for itself
        As(t, "firm1", Roles.Enterprise, AccessScope.Enterprises([ids[0]]));
        var app = await t.Get<ApplySunrise>().ExecuteAsync(call, ids[0]);
        Assert.Equal(1_300_001m, app.Data.Revenue);
        Assert.Equal(30.0m, app.Data.RevenueGrowth);
        Assert.Equal(1, app.Data.IpCount);
        Assert.Equal(["近一年融资金额", "企业简介"], app.Missing);
        await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<ApplySunrise>().ExecuteAsync(call, ids[1])); // not found for this user
        await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<ApplySunrise>().ExecuteAsync(call, ids[0])); // twice

        // an incomplete application cannot go to review
        AsBureau(t);
        var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<AssignSunriseReviewers>().ExecuteAsync(app.Id, ["r1", "r2", "r3"]));
        Assert.Equal("申请材料不完整，不能进入评审。缺少：近一年融资金额、企业简介", ex.Issues[0].Message);
        var bad = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<UpdateSunriseApplication>().ExecuteAsync(app.Id, Complete with { Financing = -1m }));
        Assert.Equal("近一年融资金额：不能为负数", bad.Issues[0].Message);
        var filled = await t.Get<UpdateSunriseApplication>().ExecuteAsync(app.Id, Complete);
        Assert.Empty(filled.Missing);
        await t.Get<AssignSunriseReviewers>().ExecuteAsync(app.Id, ["r1", "r2", "r3"]);
        var notReviewer = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<AssignSunriseReviewers>().ExecuteAsync(app.Id, ["staff"]));
        Assert.Contains("不是有效的评审专家", notReviewer.Message, StringComparison.Ordinal);
        // bureau-only use cases refuse other roles
        As(t, "firm1", Roles.Enterprise, AccessScope.Enterprises([ids[0]]));
        await Assert.ThrowsAsync<ScopeViolationException>(() => t.Get<GetSunriseCall>().ExecuteAsync(call));
    }

    [Theory, Providers]
    public async Task Reviewers_ScoreIndependently_AndSeeOnlyTheirAssignments(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var ids = await EnterprisesAsync(t, 2);
        await ReviewersAsync(t, "r1", "r2", "r3", "r4");
        var (call, apps) = await OpenCallAsync(t, ids);
        await t.Get<AssignSunriseReviewers>().ExecuteAsync(apps[0], ["r1", "r2", "r3"]);
        await t.Get<AssignSunriseReviewers>().ExecuteAsync(apps[1], ["r4", "r2", "r3"]);
        await t.Get<ChangeCallStatus>().ExecuteAsync(call, CallStatus.Reviewing);

        AsReviewer(t, "r1");
        var tasks = await t.Get<MyReviewTasks>().ListAsync();
        Assert.Equal([apps[0]], tasks.Select(x => x.ApplicationId));
        // an unassigned application: not readable, not scorable, by id
        Assert.Null(await t.Get<MyReviewTasks>().GetAsync(apps[1]));
        var nf = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<SubmitSunriseReview>().ExecuteAsync(apps[1], Uniform(8), null));
        Assert.Equal("未找到该申请", nf.Issues[0].Message);
        // and nothing of the registry
        await using (var db = t.NewContext()) Assert.Equal(0, await db.Enterprises.CountAsync());

        AsReviewer(t, "r2");
        await t.Get<SubmitSunriseReview>().ExecuteAsync(apps[0], Uniform(9), "很好");
        AsReviewer(t, "r1");
        var before = await t.Get<MyReviewTasks>().GetAsync(apps[0]);
        Assert.Empty(before!.OtherTotals);          // r2 has submitted, r1 has not: r1 sees nothing of it
        Assert.Empty(before.MyPoints);
        var bad = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<SubmitSunriseReview>().ExecuteAsync(apps[0], new Dictionary<string, decimal> { ["growth"] = 12 }, null));
        Assert.Contains(bad.Issues, i => i.Message == "“成长性”得分应在0至10之间");
        var after = await t.Get<SubmitSunriseReview>().ExecuteAsync(apps[0], Uniform(7), null);
        Assert.Equal(70m, after.MyTotal);
        Assert.Equal([90m], after.OtherTotals);
        await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<SubmitSunriseReview>().ExecuteAsync(apps[0], Uniform(8), null)); // final
    }

    [Theory, Providers]
    public async Task Ranking_Quota_AndApproval(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var ids = await EnterprisesAsync(t, 4);
        await ReviewersAsync(t, "r1", "r2", "r3");
        var (call, apps) = await OpenCallAsync(t, ids, quota: 3);
        foreach (var a in apps) await t.Get<AssignSunriseReviewers>().ExecuteAsync(a, ["r1", "r2", "r3"]);
        await t.Get<ChangeCallStatus>().ExecuteAsync(call, CallStatus.Reviewing);
        decimal[] points = [6, 9, 7, 8];
        foreach (var r in new[] { "r1", "r2", "r3" })
        {
            AsReviewer(t, r);
            for (var i = 0; i < 3; i++) await t.Get<SubmitSunriseReview>().ExecuteAsync(apps[i], Uniform(points[i] + (r == "r1" ? 0.5m : 0m)), null);
        }
        AsReviewer(t, "r1");
        await t.Get<SubmitSunriseReview>().ExecuteAsync(apps[3], Uniform(8), null); // the fourth still lacks r2 and r3

        AsBureau(t);
        var detail = (await t.Get<GetSunriseCall>().ExecuteAsync(call))!;
        Assert.Equal([apps[1], apps[2], apps[0]], detail.Rows.Where(r => r.Rank is not null).Select(r => r.Application.Id));
        Assert.Equal(91.67m, detail.Rows[0].Score); // (95 + 90 + 90) / 3
        var pending = detail.Rows.Single(r => r.Application.Id == apps[3]);
        Assert.Null(pending.Rank);
        Assert.Equal("评审未完成（1/3）", pending.NotRankedReason);
        Assert.Equal(3, detail.MinimumToApprove);

        var grant = new SupportItemView(SupportKinds.Grant, 200_000m);
        var below = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<ApproveSunrise>().ExecuteAsync(call, new(2019, 6, 30),
            [new(apps[1], [grant]), new(apps[2], [grant])]));
        Assert.Equal("批准数量2家少于年度名额3家（旭日计划每年评审认定不少于3家）", below.Issues[0].Message);
        var unranked = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<ApproveSunrise>().ExecuteAsync(call, new(2019, 6, 30),
            [new(apps[1], [grant]), new(apps[2], [grant]), new(apps[3], [grant])]));
        Assert.Contains(unranked.Issues, i => i.Message.EndsWith("评审未完成，未进入排名，不能批准", StringComparison.Ordinal));

        var numbers = await t.Get<ApproveSunrise>().ExecuteAsync(call, new(2019, 6, 30),
            [new(apps[0], [grant]), new(apps[1], [grant, new(SupportKinds.RdSubsidy, 150_000.5m)]), new(apps[2], [new(SupportKinds.InterestSubsidy, 30_000m)])]);
        Assert.Equal(["XR2019-001", "XR2019-002", "XR2019-003"], numbers);
        await using var db = t.NewContext();
        var q = await db.Qualifications.SingleAsync(x => x.Kind == "sunrise" && x.Number == "XR2019-001");
        Assert.Equal(ids[1], q.EnterpriseId);                        // rank 1 gets number 001
        Assert.Equal(new DateOnly(2022, 6, 29), q.ExpiresOn);
        Assert.Equal(CallStatus.Decided, (await db.SunriseCalls.SingleAsync()).Status);
        Assert.Equal(150_000.5m, (await db.SunriseSupportItems.SingleAsync(s => s.Kind == SupportKinds.RdSubsidy)).Amount);
        var audit = await db.AuditRecords.SingleAsync(r => r.Action == "approve");
        Assert.Contains("立项3家", audit.Detail, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task FewerRankedThanQuota_AllMayBeApproved(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var ids = await EnterprisesAsync(t, 2);
        await ReviewersAsync(t, "r1", "r2", "r3");
        var (call, apps) = await OpenCallAsync(t, ids); // quota 35
        foreach (var a in apps) await t.Get<AssignSunriseReviewers>().ExecuteAsync(a, ["r1", "r2", "r3"]);
        await t.Get<ChangeCallStatus>().ExecuteAsync(call, CallStatus.Reviewing);
        foreach (var r in new[] { "r1", "r2", "r3" })
        {
            AsReviewer(t, r);
            foreach (var a in apps) await t.Get<SubmitSunriseReview>().ExecuteAsync(a, Uniform(8), null);
        }
        AsBureau(t);
        var detail = (await t.Get<GetSunriseCall>().ExecuteAsync(call))!;
        Assert.Equal("本批次完成评审的申请只有2家，少于年度名额35家，可全部批准", detail.ShortfallNote);
        var grant = new SupportItemView(SupportKinds.Grant, 100_000m);
        var one = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<ApproveSunrise>().ExecuteAsync(call, new(2019, 6, 30), [new(apps[0], [grant])]));
        Assert.StartsWith("批准数量1家少于完成评审的申请数2家", one.Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, (await t.Get<ApproveSunrise>().ExecuteAsync(call, new(2019, 6, 30), [new(apps[0], [grant]), new(apps[1], [grant])])).Count);
    }
}
