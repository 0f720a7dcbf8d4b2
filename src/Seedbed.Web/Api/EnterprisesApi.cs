using Microsoft.AspNetCore.Http.HttpResults;
using Seedbed.Core.Common;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Intake;

namespace Seedbed.Web.Api;

/// <summary><c>/api/enterprises</c>: the registry (企业库) — list, detail, create, update, history, Excel export.</summary>
public static class EnterprisesApi
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/enterprises").WithTags("企业库").RequireAuthorization(Security.Policies.Enterprises);
        g.MapGet("/", List).WithSummary("企业列表（服务端分页与筛选）");
        g.MapGet("/export", Export).RequireAuthorization(Security.Policies.ExportLists).WithSummary("按筛选条件导出企业（.xlsx，导入模板格式）");
        g.MapGet("/{id}", Get).WithSummary("企业详情");
        g.MapPost("/", Create).WithSummary("新增企业（基本信息）");
        g.MapPut("/{id}", Update).WithSummary("修改企业基本信息");
        g.MapGet("/{id}/history", History).WithSummary("企业变更记录（最新在前，分页）");
        return g;
    }

    /// <param name="page">页码，从1开始</param>
    /// <param name="pageSize">每页条数，1–200</param>
    /// <param name="q">企业名称或统一社会信用代码的一部分</param>
    /// <param name="jurisdiction">属地名称，如 祥符</param>
    /// <param name="field">技术领域：二级代码(101)、一级代码(1)或 none</param>
    /// <param name="qualification">资质类型：hnte, tech-sme, zj-tech-sme, hz-hnte, sunrise</param>
    private static async Task<Ok<Paged<EnterpriseListItem>>> List(ListEnterprises list, CancellationToken ct,
        int page = 1, int pageSize = 20, string? q = null, string? jurisdiction = null, string? field = null, string? qualification = null)
        => TypedResults.Ok(await list.ExecuteAsync(new EnterpriseFilter(q, jurisdiction, field, qualification), page, pageSize, ct));

    private static async Task<Results<Ok<EnterpriseDetail>, ProblemHttpResult>> Get(int id, GetEnterprise get, CancellationToken ct)
        => await get.ExecuteAsync(id, ct) is { } d ? TypedResults.Ok(d) : NotFound(id);

    private static async Task<Results<Created<EnterpriseDetail>, ProblemHttpResult>> Create(EnterpriseInput input, SaveEnterprise save,
        GetEnterprise get, HttpContext http, CancellationToken ct)
    {
        var id = (await save.ExecuteAsync(null, input, ApiActor.Of(http), ApiActor.Source, ct))!.Value;
        return TypedResults.Created($"/api/enterprises/{id}", await get.ExecuteAsync(id, ct));
    }

    private static async Task<Results<Ok<EnterpriseDetail>, ProblemHttpResult>> Update(int id, EnterpriseInput input, SaveEnterprise save,
        GetEnterprise get, HttpContext http, CancellationToken ct)
        => await save.ExecuteAsync(id, input, ApiActor.Of(http), ApiActor.Source, ct) is null
            ? NotFound(id)
            : TypedResults.Ok((await get.ExecuteAsync(id, ct))!);

    private static async Task<Results<Ok<Paged<ChangeRecordItem>>, ProblemHttpResult>> History(int id, GetEnterpriseHistory history,
        CancellationToken ct, int page = 1, int pageSize = 20)
        => await history.ExecuteAsync(id, page, pageSize, ct) is { } h ? TypedResults.Ok(h) : NotFound(id);

    private static async Task<FileStreamHttpResult> Export(ExportEnterprises export, TimeProvider clock, CancellationToken ct,
        string? q = null, string? jurisdiction = null, string? field = null, string? qualification = null)
    {
        // A temp file, not memory: exports of the whole registry can be large. Deleted when the response is done.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            await export.ExecuteAsync(new EnterpriseFilter(q, jurisdiction, field, qualification), file, null, ct);
            file.Position = 0;
            return TypedResults.File(file, XlsxContentType, ExportFileName(clock));
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public static string ExportFileName(TimeProvider clock) =>
        $"企业库导出_{TimeZoneInfo.ConvertTime(clock.GetUtcNow(), clock.LocalTimeZone):yyyyMMdd_HHmm}.xlsx";

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(title: "企业不存在", detail: $"没有编号为 {id} 的企业", statusCode: StatusCodes.Status404NotFound);
}
