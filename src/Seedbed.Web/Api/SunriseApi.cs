using Microsoft.AspNetCore.Http.HttpResults;
using Seedbed.Core.Sunrise;
using Seedbed.Rules.Sunrise;
using Seedbed.Web.Security;

namespace Seedbed.Web.Api;

public sealed record CallStatusInput(string Status);
public sealed record ApplyInput(int EnterpriseId);
public sealed record ReviewersInput(IReadOnlyList<string> Reviewers);
public sealed record ApproveInput(DateOnly? DecidedOn, IReadOnlyList<ApprovalInput> Approvals);
public sealed record ScoreInput(IReadOnlyDictionary<string, decimal> Points, string? Comment);
public sealed record ReturnInput(int EnterpriseId, int Year, int Quarter, decimal? Revenue, decimal? RdExpense, int? Staff, int? IpCount, decimal? Financing);

/// <summary><c>/api/sunrise</c>: the Sunrise programme (旭日计划2.0) — calls, applications, reviews, approval, monitoring (docs/sunrise.md).</summary>
public static class SunriseApi
{
    public static RouteGroupBuilder MapSunriseApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/sunrise").WithTags("旭日计划");
        var bureau = g.MapGroup("").RequireAuthorization(Policies.Bureau);
        var applicants = g.MapGroup("").RequireAuthorization(Policies.SunriseApplicants);
        var reviewers = g.MapGroup("").RequireAuthorization(Policies.Reviewers);

        applicants.MapGet("/calls", async (ListSunriseCalls list, CancellationToken ct) => TypedResults.Ok(await list.ExecuteAsync(ct)))
            .WithSummary("年度批次列表");
        bureau.MapPost("/calls", async (NewCallInput input, CreateSunriseCall create, CancellationToken ct) =>
            TypedResults.Created($"/api/sunrise/calls/{await create.ExecuteAsync(input, ct)}", input)).WithSummary("新建年度批次（草稿）");
        bureau.MapGet("/calls/{id:int}", async Task<Results<Ok<CallDetail>, NotFound>> (int id, GetSunriseCall get, CancellationToken ct) =>
            await get.ExecuteAsync(id, ct) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound()).WithSummary("批次详情：申请、完整性、评审进度、得分与排名、名额");
        bureau.MapPost("/calls/{id:int}/status", async (int id, CallStatusInput input, ChangeCallStatus change, CancellationToken ct) =>
        {
            await change.ExecuteAsync(id, input.Status, ct);
            return TypedResults.NoContent();
        }).WithSummary("批次状态：draft → open → reviewing");
        bureau.MapPost("/calls/{id:int}/approve", async (int id, ApproveInput input, ApproveSunrise approve, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(await approve.ExecuteAsync(id, input.DecidedOn ?? CheckupApi.Today(clock), input.Approvals, ct)))
            .WithSummary("立项：按排名批准（不少于年度名额）并填写支持内容；返回旭日计划认定编号");
        bureau.MapGet("/reviewers", async (AssignSunriseReviewers assign, CancellationToken ct) => TypedResults.Ok(await assign.ReviewersAsync(ct)))
            .WithSummary("评审专家账号");
        bureau.MapPut("/applications/{id:int}/reviewers", async (int id, ReviewersInput input, AssignSunriseReviewers assign, CancellationToken ct) =>
        {
            await assign.ExecuteAsync(id, input.Reviewers, ct);
            return TypedResults.NoContent();
        }).WithSummary("分配评审专家（仅材料完整的申请）");
        bureau.MapGet("/alerts", async (SunriseAlerts alerts, TimeProvider clock, CancellationToken ct, DateOnly? date) =>
            TypedResults.Ok(await alerts.ExecuteAsync(date ?? CheckupApi.Today(clock), ct))).WithSummary("监测预警：经营下滑、未按期报送");

        applicants.MapPost("/calls/{id:int}/applications", async (int id, ApplyInput input, ApplySunrise apply, CancellationToken ct) =>
        {
            var a = await apply.ExecuteAsync(id, input.EnterpriseId, ct);
            return TypedResults.Created($"/api/sunrise/applications/{a.Id}", a);
        }).WithSummary("申报（企业用户为本企业，科技局代企业申报），数据从企业库预填");
        applicants.MapGet("/applications", async (GetSunriseApplication get, CancellationToken ct) => TypedResults.Ok(await get.MineAsync(ct)))
            .WithSummary("我能看到的申请（企业用户：本企业）");
        applicants.MapGet("/applications/{id:int}", async Task<Results<Ok<ApplicationView>, NotFound>> (int id, GetSunriseApplication get, CancellationToken ct) =>
            await get.ExecuteAsync(id, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound()).WithSummary("一份申请，含缺少的材料");
        applicants.MapPut("/applications/{id:int}", async (int id, ApplicationInput input, UpdateSunriseApplication update, CancellationToken ct) =>
            TypedResults.Ok(await update.ExecuteAsync(id, input, ct))).WithSummary("修改申请数据（进入评审前）");
        applicants.MapGet("/returns", async (SunriseReturns returns, CancellationToken ct, int? enterpriseId) =>
            TypedResults.Ok(await returns.ListAsync(enterpriseId, ct))).WithSummary("季度监测数据");
        applicants.MapPost("/returns", async (ReturnInput i, SunriseReturns returns, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(await returns.SubmitAsync(i.EnterpriseId, new QuarterFigures(i.Year, i.Quarter, i.Revenue, i.RdExpense, i.Staff, i.IpCount, i.Financing),
                CheckupApi.Today(clock), ct))).WithSummary("填报季度监测数据（每季度一次）");

        reviewers.MapGet("/reviews", async (MyReviewTasks tasks, CancellationToken ct) => TypedResults.Ok(await tasks.ListAsync(ct)))
            .WithSummary("我的评审任务（仅分配给我的申请）");
        reviewers.MapGet("/reviews/{applicationId:int}", async Task<Results<Ok<ReviewTask>, NotFound>> (int applicationId, MyReviewTasks tasks, CancellationToken ct) =>
            await tasks.GetAsync(applicationId, ct) is { } t ? TypedResults.Ok(t) : TypedResults.NotFound()).WithSummary("一项评审任务（未分配给我的：404）");
        reviewers.MapPost("/reviews/{applicationId:int}", async Task<Results<Ok<ReviewTask>, NotFound>> (int applicationId, ScoreInput input, MyReviewTasks tasks,
            SubmitSunriseReview submit, CancellationToken ct) =>
            await tasks.GetAsync(applicationId, ct) is null ? TypedResults.NotFound() : TypedResults.Ok(await submit.ExecuteAsync(applicationId, input.Points, input.Comment, ct)))
            .WithSummary("提交评分（每项0至满分，最多一位小数；提交后不能修改）");
        return g;
    }
}
