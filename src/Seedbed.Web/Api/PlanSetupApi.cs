using Microsoft.AspNetCore.Http.HttpResults;
using Seedbed.Core.Common;
using Seedbed.Core.Plans;
using Seedbed.Web.Hosting;

namespace Seedbed.Web.Api;

/// <summary>A hand-entered value: indicator code, year, quarter (1–4, empty = the year), jurisdiction (empty = the district), value, source, date (YYYY-MM-DD).</summary>
public sealed record ActualRequest(string? Indicator, int Year, int? Quarter, string? Jurisdiction, decimal? Value, string? Source, string? Date);

/// <summary>
/// <c>/api/plans</c> — setting plans up: a plan's detail (indicators, targets, clauses), loading the default plan,
/// importing a target table as a plan, activating a plan, hand-entered values. Reads: <see cref="Security.Policies.Plans"/>;
/// changes: <see cref="Security.Policies.Bureau"/>.
/// </summary>
public static class PlanSetupApi
{
    public static RouteGroupBuilder MapPlanSetupApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/plans").WithTags("计划与指标").RequireAuthorization(Security.Policies.Plans);
        g.MapGet("/{id:int}", Detail).WithSummary("计划详情：各项指标（单位、基数、计算或手工录入、来源条款、说明）及各年、各属地的任务数和力争数");
        g.MapPost("/default", LoadDefault).RequireAuthorization(Security.Policies.Bureau)
            .WithSummary("载入默认计划（拱墅区2018–2020年行动方案，含任务分解表和考核方案）；已载入则不变");
        g.MapPost("/import", Import).RequireAuthorization(Security.Policies.Bureau).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data").Produces<TargetTableImportResult>()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("导入任务分解表为新计划：multipart 字段 file（.csv/.xlsx）、code、name、office、source、indicator、unit、metric；dryRun=true 只预览。有错则 422 列出每个单元格，不写入");
        g.MapPost("/{id:int}/activate", Activate).RequireAuthorization(Security.Policies.Bureau).WithSummary("设为当前计划（同时只有一个）");
        g.MapGet("/{id:int}/actuals", Actuals).WithSummary("手工录入的实际值（current：该期间以之为准的值）");
        g.MapPost("/{id:int}/actuals", Record).RequireAuthorization(Security.Policies.Bureau)
            .WithSummary("录入手工指标的实际值（须注明来源和日期；比重不超过100%）");
        g.MapDelete("/{id:int}/actuals/{actualId:int}", Delete).RequireAuthorization(Security.Policies.Bureau).WithSummary("删除一条手工录入的值");
        return g;
    }

    private static async Task<Results<Ok<PlanDetail>, ProblemHttpResult>> Detail(int id, GetPlan get, CancellationToken ct) =>
        await get.ExecuteAsync(id, ct) is { } plan ? TypedResults.Ok(plan) : NotFound(id);

    private static async Task<Ok<LoadedPlan>> LoadDefault(LoadDefaultPlan load, CancellationToken ct) => TypedResults.Ok(await load.ExecuteAsync(ct));

    /// <param name="dryRun">true：只校验和预览，不写入</param>
    private static async Task<Results<Ok<TargetTableImportResult>, ProblemHttpResult>> Import(HttpRequest request, ImportTargetTable import,
        CancellationToken ct, bool dryRun = false)
    {
        if (!request.HasFormContentType)
            return AssessmentsApi.BadParameter("请以 multipart/form-data 上传：字段 file（.csv 或 .xlsx）、code、name");
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
        if (file is null) return AssessmentsApi.BadParameter("请在表单字段 file 中上传任务分解表（.csv 或 .xlsx）");
        if (file.Length > UploadLimits.MaxFileBytes)
            return TypedResults.Problem(title: "上传内容过大", detail: UploadLimits.TooLargeMessage, statusCode: StatusCodes.Status413PayloadTooLarge);
        string? Field(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString() : null;
        var input = new TargetTableImport
        {
            Code = Field("code") ?? "", Name = Field("name") ?? "", IssuingOffice = Field("office"), SourceDocument = Field("source"),
            IndicatorName = Field("indicator"), Unit = Field("unit"), Metric = Field("metric") ?? PlanMetrics.Hnte,
            DryRun = dryRun || string.Equals(Field("dryRun"), "true", StringComparison.OrdinalIgnoreCase),
        };
        await using var s = file.OpenReadStream();
        return TypedResults.Ok(await import.ExecuteAsync(s, Path.GetFileName(file.FileName), input, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Activate(int id, ActivatePlan activate, CancellationToken ct) =>
        await activate.ExecuteAsync(id, ct) ? TypedResults.NoContent() : NotFound(id);

    /// <param name="indicator">指标代码；不填为全部</param>
    private static async Task<Results<Ok<IReadOnlyList<ActualItem>>, ProblemHttpResult>> Actuals(int id, GetPlan get, ListActuals list,
        CancellationToken ct, string? indicator = null) =>
        await get.ExecuteAsync(id, ct) is null ? NotFound(id) : TypedResults.Ok(await list.ExecuteAsync(id, string.IsNullOrWhiteSpace(indicator) ? null : indicator.Trim(), ct));

    private static async Task<Created<ActualItem>> Record(int id, ActualRequest body, RecordActual record, CancellationToken ct)
    {
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(body.Date))
            date = AssessmentsApi.ParseDate(body.Date) ?? throw new SeedbedValidationException("date", $"日期“{body.Date}”无效，格式应为 YYYY-MM-DD");
        var item = await record.ExecuteAsync(id, new ActualInput
        {
            Indicator = body.Indicator ?? "", Year = body.Year, Quarter = body.Quarter, Jurisdiction = body.Jurisdiction, Value = body.Value,
            Source = body.Source, AsOf = date,
        }, ct);
        return TypedResults.Created($"/api/plans/{id}/actuals", item);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, int actualId, DeleteActual delete, CancellationToken ct) =>
        await delete.ExecuteAsync(id, actualId, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: "记录不存在", detail: $"计划 {id} 中没有编号为 {actualId} 的录入值", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(title: "计划不存在", detail: $"没有编号为 {id} 的计划", statusCode: StatusCodes.Status404NotFound);
}
