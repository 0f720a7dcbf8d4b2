using Microsoft.AspNetCore.Http.HttpResults;
using Seedbed.Core.Common;
using Seedbed.Core.Plans;

namespace Seedbed.Web.Api;

/// <summary><c>/api/plans</c>: plans, their progress for a period, trends by year, the drill-down to enterprises (loading plans: PlanSetupApi).</summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/plans").WithTags("目标考核").RequireAuthorization(Security.Policies.Plans);
        g.MapGet("/", (ListPlans list, CancellationToken ct) => list.ExecuteAsync(ct)).WithSummary("计划列表（当前计划在前）");
        g.MapGet("/{id:int}/progress", Progress).WithSummary("计划进度：各指标全区与各属地的目标、实际、完成率、时序进度、信号灯、排名、预计数");
        g.MapGet("/{id:int}/indicators/{code}/trend", Trend).WithSummary("指标逐年趋势：各年实际数与目标数（全区与各属地）");
        g.MapGet("/{id:int}/indicators/{code}/enterprises", Enterprises).WithSummary("指标明细：计入实际数的企业及其证书/记录（按账号范围）");
        return g;
    }

    /// <param name="period">期间：年份（2019）或季度（2019Q3）；不填为计划内最近一个已结束的季度</param>
    private static async Task<Results<Ok<PlanProgress>, ProblemHttpResult>> Progress(int id, GetPlanProgress get, ListPlans plans, TimeProvider clock,
        CancellationToken ct, string? period = null)
    {
        var today = CheckupApi.Today(clock);
        var p = await PeriodOf(id, period, plans, today, ct);
        if (p.Problem is { } problem) return problem;
        return await get.ExecuteAsync(id, p.Period, today, ct) is { } progress ? TypedResults.Ok(progress) : NotFound(id);
    }

    private static async Task<Results<Ok<IndicatorTrend>, ProblemHttpResult>> Trend(int id, string code, GetIndicatorTrend get, TimeProvider clock, CancellationToken ct) =>
        await get.ExecuteAsync(id, code, CheckupApi.Today(clock), ct) is { } trend ? TypedResults.Ok(trend) : NotFound(id, code);

    /// <param name="period">期间：年份或季度；不填为计划内最近一个已结束的季度</param>
    /// <param name="jurisdiction">属地名称；不填为全区（账号可见范围内）</param>
    /// <param name="kind">flow（新增）或 level（总数）；不填为指标的主要口径</param>
    private static async Task<Results<Ok<IndicatorEnterpriseList>, ProblemHttpResult>> Enterprises(int id, string code, ListIndicatorEnterprises list,
        ListPlans plans, TimeProvider clock, CancellationToken ct, string? period = null, string? jurisdiction = null, string? kind = null,
        int page = 1, int pageSize = 20)
    {
        var today = CheckupApi.Today(clock);
        var p = await PeriodOf(id, period, plans, today, ct);
        if (p.Problem is { } problem) return problem;
        return await list.ExecuteAsync(id, code, p.Period, jurisdiction, string.IsNullOrWhiteSpace(kind) ? null : kind.Trim(), today, page, pageSize, ct)
            is { } result ? TypedResults.Ok(result) : NotFound(id, code);
    }

    /// <summary>The period asked for (400 when malformed), or the plan's default one; 404 when the plan does not exist.</summary>
    private static async Task<(PlanPeriod Period, ProblemHttpResult? Problem)> PeriodOf(int id, string? text, ListPlans plans, DateOnly today, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            try { return (PlanPeriod.Parse(text), null); }
            catch (SeedbedValidationException ex) { return (default, AssessmentsApi.BadParameter(ex.Issues[0].Message)); }
        }
        var plan = (await plans.ExecuteAsync(ct)).FirstOrDefault(p => p.Id == id);
        return plan is null ? (default, NotFound(id)) : (PlanPeriods.Default(plan.FirstYear, plan.LastYear, today), null);
    }

    private static ProblemHttpResult NotFound(int id, string? code = null) => TypedResults.Problem(
        title: code is null ? "计划不存在" : "计划或指标不存在",
        detail: code is null ? $"没有编号为 {id} 的计划" : $"编号为 {id} 的计划中没有指标“{code}”",
        statusCode: StatusCodes.Status404NotFound);
}
