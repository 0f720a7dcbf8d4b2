using Microsoft.AspNetCore.Http.HttpResults;
using Seedbed.Core.Common;
using Seedbed.Core.Plans;

namespace Seedbed.Web.Api;

/// <summary>Issue a bulletin: period (2019 or 2019Q3); plan, scheme (default: the active ones); issue date YYYY-MM-DD (default: today).</summary>
public sealed record BulletinIssueBody(string? Period, int? PlanId = null, int? SchemeId = null, string? IssuedOn = null);

/// <summary>
/// 考核 and 通报: <c>/api/plans/{id}/scores</c>, <c>/api/plans/{id}/schemes</c>, <c>/api/bulletins</c>. Reading is the plans
/// policy (bureau and jurisdiction officers; the figures are district-wide); schemes and issuing are the bureau's.
/// </summary>
public static class BulletinsApi
{
    public static IEndpointRouteBuilder MapBulletinsApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/plans/{id:int}").WithTags("考核与通报").RequireAuthorization(Security.Policies.Plans);
        plans.MapGet("/scores", Scores).WithSummary("各属地某期考核得分：考核方案各项得分、总分、名次（不填 scheme 用启用的方案）");
        plans.MapGet("/schemes", (int id, ListSchemes list, CancellationToken ct) => list.ExecuteAsync(id, ct)).WithSummary("计划的考核方案（启用的在前）");
        plans.MapPost("/schemes", (int id, SchemeInput body, SaveScheme save, CancellationToken ct) => save.ExecuteAsync(id, null, body, ct))
            .RequireAuthorization(Security.Policies.Bureau).WithSummary("新增考核方案（指标、分值、计分规则、封顶值）");
        plans.MapPut("/schemes/{schemeId:int}", (int id, int schemeId, SchemeInput body, SaveScheme save, CancellationToken ct) => save.ExecuteAsync(id, schemeId, body, ct))
            .RequireAuthorization(Security.Policies.Bureau).WithSummary("修改考核方案");

        var g = app.MapGroup("/api/bulletins").WithTags("考核与通报").RequireAuthorization(Security.Policies.Plans);
        g.MapGet("/", (ListBulletins list, CancellationToken ct, int? plan = null, string? period = null) => list.ExecuteAsync(plan, period, ct))
            .WithSummary("已签发的通报（最新在前）");
        g.MapPost("/", Issue).RequireAuthorization(Security.Policies.Bureau).WithSummary("签发通报：按当前数据生成并冻结数据快照，编文号");
        g.MapGet("/{id:int}", Get).WithSummary("通报及其数据快照（校验 SHA-256）");
        g.MapGet("/{id:int}/xlsx", (int id, RenderBulletin r, CancellationToken ct) => File(id, "xlsx", r, ct))
            .Produces(StatusCodes.Status200OK, contentType: RenderBulletin.XlsxContentType).WithSummary("下载通报 Excel（由快照生成）");
        g.MapGet("/{id:int}/pdf", (int id, RenderBulletin r, CancellationToken ct) => File(id, "pdf", r, ct))
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("下载通报 PDF（A4，由快照生成，Chromium 打印）");
        return app;
    }

    /// <param name="period">2019 或 2019Q3</param>
    /// <param name="scheme">考核方案编号；不填为启用的方案</param>
    private static async Task<Ok<ScoreResult>> Scores(int id, ScoreJurisdictions score, TimeProvider clock, CancellationToken ct, string? period = null, int? scheme = null) =>
        TypedResults.Ok(await score.ExecuteAsync(id, PlanPeriod.Parse(period), scheme, CheckupApi.Today(clock), ct));

    private static async Task<Results<Created<BulletinItem>, ProblemHttpResult>> Issue(BulletinIssueBody body, IssueBulletin issue, CancellationToken ct)
    {
        DateOnly? issuedOn = null;
        if (!string.IsNullOrWhiteSpace(body.IssuedOn))
        {
            if (AssessmentsApi.ParseDate(body.IssuedOn) is not { } d)
                return AssessmentsApi.BadParameter($"签发日期“{body.IssuedOn}”不是有效日期，格式应为 YYYY-MM-DD");
            issuedOn = d;
        }
        var item = await issue.ExecuteAsync(new IssueBulletinRequest(body.Period, body.PlanId, body.SchemeId, issuedOn), ct);
        return TypedResults.Created($"/api/bulletins/{item.Id}", item);
    }

    private static async Task<Results<Ok<BulletinDetail>, ProblemHttpResult>> Get(int id, GetBulletin get, CancellationToken ct) =>
        await get.ExecuteAsync(id, ct) is { } d ? TypedResults.Ok(d) : NotFound(id);

    private static async Task<IResult> File(int id, string format, RenderBulletin render, CancellationToken ct)
    {
        try
        {
            return await render.ExecuteAsync(id, format, ct) is { } f ? TypedResults.File(f.Content, f.ContentType, f.FileName) : NotFound(id);
        }
        catch (PdfUnavailableException ex)
        {
            return TypedResults.Problem(title: "PDF 生成服务不可用", detail: ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(title: "通报不存在", detail: $"没有编号为 {id} 的通报", statusCode: StatusCodes.Status404NotFound);
}
