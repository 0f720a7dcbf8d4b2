using Microsoft.AspNetCore.Http.HttpResults;
using Seedbed.Core.Common;
using Seedbed.Core.Pipeline;

namespace Seedbed.Web.Api;

/// <summary>Runs the pool rules on a date (optionally assessing the registry first).</summary>
public sealed record PoolProposeRequest(string? Date, bool Assess = false);

/// <summary>Approves or rejects proposals; a rejection needs a reason.</summary>
public sealed record PoolDecisionRequest(IReadOnlyList<long> Ids, bool Approve, string? Reason);

/// <summary>A manual move: target tier (reserve, application, certified, exited), reason (required), effective date, exit reason.</summary>
public sealed record PoolMoveRequest(int EnterpriseId, string Tier, string? Reason, string? Date, string? ExitReason);

/// <summary>An intention to apply in a year (true) or its withdrawal (false).</summary>
public sealed record PoolIntentionRequest(bool Willing, string? Note);

/// <summary><c>/api/pools</c>: the cultivation pool (培育库) — lists, summary, funnel, forecast, proposals, decisions, manual moves.</summary>
public static class PoolsApi
{
    public static RouteGroupBuilder MapPoolsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/pools").WithTags("培育库").RequireAuthorization(Security.Policies.Enterprises);
        g.MapGet("/summary", Summary).WithSummary("各库企业数（储备库、申报库、已认定、出库）和待审批建议数");
        g.MapGet("/", List).WithSummary("培育库企业列表：按库和属地筛选，含关键指标和主要差距");
        g.MapGet("/export", Export).RequireAuthorization(Security.Policies.ExportLists).WithSummary("导出培育库企业（.xlsx）");
        g.MapGet("/funnel", (PoolFunnel f, CancellationToken ct) => f.ExecuteAsync(ct)).WithSummary("漏斗：每年各属地储备库、申报库、新认定企业数");
        g.MapGet("/forecast", Forecast).WithSummary("下一年新增国高企预测（申报库 × 往年转化率），与任务分解表目标对照");
        g.MapGet("/enterprises/{id}", Status).WithSummary("企业在培育库中的当前位置、调整历史和申报意愿");
        g.MapPut("/enterprises/{id}/intentions/{year}", Intention).WithSummary("登记或撤回企业某年度的国高企申报意愿");
        g.MapGet("/proposals", Proposals).RequireAuthorization(Security.Policies.Bureau).WithSummary("调整建议列表（默认：待审批）");
        g.MapPost("/proposals/run", Run).RequireAuthorization(Security.Policies.Bureau).WithSummary("按日期运行入库/出库规则，生成调整建议");
        g.MapPost("/proposals/decide", Decide).RequireAuthorization(Security.Policies.Bureau).WithSummary("批准或驳回调整建议（可批量；驳回须填写理由）");
        g.MapPost("/moves", Move).RequireAuthorization(Security.Policies.Bureau).WithSummary("人工调整企业所在库（须填写理由）");
        return g;
    }

    private static async Task<Ok<PoolSummaryView>> Summary(PoolSummary s, CancellationToken ct, string? jurisdiction = null) =>
        TypedResults.Ok(await s.ExecuteAsync(jurisdiction, ct));

    /// <param name="tier">reserve、application、certified、exited；不填为全部</param>
    /// <param name="jurisdiction">属地名称</param>
    /// <param name="q">企业名称或统一社会信用代码的一部分</param>
    private static async Task<Ok<Paged<PoolListItem>>> List(ListPool list, CancellationToken ct, string? tier = null, string? jurisdiction = null,
        string? q = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await list.ExecuteAsync(new PoolListFilter(Blank(tier), Blank(jurisdiction), Blank(q)), page, pageSize, ct));

    private static async Task<FileStreamHttpResult> Export(ExportPool export, TimeProvider clock, CancellationToken ct, string? tier = null, string? jurisdiction = null)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            await export.ExecuteAsync(new PoolListFilter(Blank(tier), Blank(jurisdiction)), file, ct);
            file.Position = 0;
            return TypedResults.File(file, EnterprisesApi.XlsxContentType, $"培育库_{TimeZoneInfo.ConvertTime(clock.GetUtcNow(), clock.LocalTimeZone):yyyyMMdd_HHmm}.xlsx");
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <param name="year">预测年度；不填为下一年</param>
    private static async Task<Ok<ForecastView>> Forecast(PoolForecast f, TimeProvider clock, CancellationToken ct, int? year = null) =>
        TypedResults.Ok(await f.ExecuteAsync(year, CheckupApi.Today(clock), ct));

    private static async Task<Results<Ok<PoolStatusView>, ProblemHttpResult>> Status(int id, GetPoolStatus get, CancellationToken ct) =>
        await get.ExecuteAsync(id, ct) is { } s ? TypedResults.Ok(s) : NotFound(id);

    private static async Task<NoContent> Intention(int id, int year, PoolIntentionRequest body, RecordIntention record, CancellationToken ct)
    {
        await record.ExecuteAsync(id, year, body.Willing, body.Note, ct);
        return TypedResults.NoContent();
    }

    /// <param name="status">proposed（默认）、approved、rejected</param>
    private static async Task<Ok<Paged<PoolProposalItem>>> Proposals(ListProposals list, CancellationToken ct, string? status = null,
        string? jurisdiction = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await list.ExecuteAsync(Blank(status), Blank(jurisdiction), page, pageSize, null, ct));

    private static async Task<Results<Ok<PoolProposeResult>, ProblemHttpResult>> Run(PoolProposeRequest body, ProposePoolMoves propose, CancellationToken ct) =>
        AssessmentsApi.ParseDate(body.Date) is { } d
            ? TypedResults.Ok(await propose.ExecuteAsync(d, body.Assess, ct))
            : AssessmentsApi.BadParameter($"日期“{body.Date}”无效，格式应为 YYYY-MM-DD");

    private static async Task<Ok<PoolDecisionResult>> Decide(PoolDecisionRequest body, DecidePoolMoves decide, CancellationToken ct) =>
        TypedResults.Ok(await decide.ExecuteAsync(body.Ids ?? [], body.Approve, body.Reason, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> Move(PoolMoveRequest body, MoveManually move, TimeProvider clock, CancellationToken ct)
    {
        var date = string.IsNullOrWhiteSpace(body.Date) ? CheckupApi.Today(clock) : AssessmentsApi.ParseDate(body.Date);
        if (date is not { } d) return AssessmentsApi.BadParameter($"日期“{body.Date}”无效，格式应为 YYYY-MM-DD");
        await move.ExecuteAsync(body.EnterpriseId, body.Tier ?? "", body.Reason, d, Blank(body.ExitReason), ct);
        return TypedResults.NoContent();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(title: "企业不存在", detail: $"没有编号为 {id} 的企业", statusCode: StatusCodes.Status404NotFound);
}
