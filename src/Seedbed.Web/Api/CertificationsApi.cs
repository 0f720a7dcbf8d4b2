using Microsoft.AspNetCore.Http.HttpResults;
using Seedbed.Core.Certifications;
using Seedbed.Core.Common;
using Seedbed.Web.Hosting;

namespace Seedbed.Web.Api;

/// <summary>The JSON answer of <c>POST /api/certifications/imports</c>: per-row outcome, counts by status, cell errors.</summary>
public sealed record CertificationImportResponse(
    string Kind, bool DryRun, bool Written, int Created, IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<CertificationImportRow> Rows, IReadOnlyList<ApiIssue> Errors, string? UnmatchedWorkbookUrl)
{
    public static CertificationImportResponse From(ListImportResult r, string? url) => new(r.Kind, r.DryRun, r.Written, r.Created,
        Enum.GetValues<ListRowStatus>().ToDictionary(StatusCode, r.Count),
        r.Rows.Select(x => new CertificationImportRow(x.Row, StatusCode(x.Status), ImportCertificationList.StatusName(x.Status), x.Name, x.Uscc,
            x.Number, x.IssuedOn, x.ExpiresOn, x.EnterpriseId, x.EnterpriseName, x.Jurisdiction, x.Message)).ToList(),
        r.Errors.Select(e => new ApiIssue(e.Location, e.Message)).ToList(), url);

    /// <summary>new, already-recorded, unmatched, ambiguous, duplicate, invalid.</summary>
    public static string StatusCode(ListRowStatus s) => s switch
    {
        ListRowStatus.New => "new", ListRowStatus.AlreadyRecorded => "already-recorded", ListRowStatus.Unmatched => "unmatched",
        ListRowStatus.Ambiguous => "ambiguous", ListRowStatus.Duplicate => "duplicate", _ => "invalid",
    };
}

public sealed record CertificationImportRow(int Row, string Status, string StatusName, string? Name, string? Uscc, string? Number,
    DateOnly? IssuedOn, DateOnly? ExpiresOn, int? EnterpriseId, string? EnterpriseName, string? Jurisdiction, string Message);

/// <summary><c>/api/certifications</c>: recorded certificates (认定), recording by hand, list import, due lists.</summary>
public static class CertificationsApi
{
    public static RouteGroupBuilder MapCertificationsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/certifications").WithTags("认定管理").RequireAuthorization(Security.Policies.Enterprises);
        g.MapGet("/", List).WithSummary("认定记录列表（按类型、发证年度、属地筛选，分页）");
        g.MapPost("/", Create).RequireAuthorization(Security.Policies.Bureau).WithSummary("登记证书（手工录入）");
        g.MapPut("/{id}", Update).RequireAuthorization(Security.Policies.Bureau).WithSummary("修改证书");
        g.MapDelete("/{id}", Delete).RequireAuthorization(Security.Policies.Bureau).WithSummary("删除证书");
        g.MapGet("/due", Due).WithSummary("到期提醒：证书到期、高企年报（5月31日前）、科小入库更新（3月31日前）");
        g.MapGet("/due/export", ExportDue).RequireAuthorization(Security.Policies.ExportLists).WithSummary("导出到期提醒（.xlsx，三个工作表）");
        g.MapPost("/imports", Import).RequireAuthorization(Security.Policies.Bureau).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data").Produces<CertificationImportResponse>()
            .Produces<CertificationImportResponse>(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("导入认定名单（multipart 字段 file，.xlsx）：按统一社会信用代码或企业名称匹配，可先预览（dryRun）");
        g.MapGet("/imports/unmatched/{id}", Unmatched).RequireAuthorization(Security.Policies.Bureau).WithSummary("下载未匹配行的工作簿（导入后1小时内有效）");
        return g;
    }

    /// <param name="kind">认定类型：hnte, hz-hnte, zj-tech-sme, tech-sme</param>
    /// <param name="year">发证年度</param>
    /// <param name="jurisdiction">属地名称</param>
    /// <param name="enterpriseId">企业编号</param>
    /// <param name="q">企业名称、统一社会信用代码或证书编号的一部分</param>
    private static async Task<Ok<Paged<CertificationItem>>> List(ListCertifications list, CancellationToken ct, string? kind = null, int? year = null,
        string? jurisdiction = null, int? enterpriseId = null, string? q = null, int page = 1, int pageSize = 20) =>
        TypedResults.Ok(await list.ExecuteAsync(new CertificationFilter(kind, year, jurisdiction, enterpriseId, q), page, pageSize, ct));

    private static async Task<Results<Created<CertificationItem>, ProblemHttpResult>> Create(CertificationInput input, SaveCertification save,
        ListCertifications list, HttpContext http, CancellationToken ct)
    {
        if (await save.ExecuteAsync(null, input, ApiActor.Of(http), ApiActor.Source, ct) is not { } id) return EnterpriseNotFound(input.EnterpriseId);
        return TypedResults.Created($"/api/certifications/{id}", await FindAsync(list, input.EnterpriseId, id, ct));
    }

    private static async Task<Results<Ok<CertificationItem>, ProblemHttpResult>> Update(int id, CertificationInput input, SaveCertification save,
        ListCertifications list, HttpContext http, CancellationToken ct) =>
        await save.ExecuteAsync(id, input, ApiActor.Of(http), ApiActor.Source, ct) is null
            ? NotFound(id)
            : TypedResults.Ok(await FindAsync(list, input.EnterpriseId, id, ct));

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(int id, RemoveCertification remove, HttpContext http, CancellationToken ct) =>
        await remove.ExecuteAsync(id, ApiActor.Of(http), ApiActor.Source, ct) ? TypedResults.NoContent() : NotFound(id);

    /// <param name="asOf">截至日期 YYYY-MM-DD，默认今天（北京时间）</param>
    /// <param name="jurisdiction">属地名称</param>
    private static async Task<Results<Ok<DueLists>, ProblemHttpResult>> Due(GetDueLists due, TimeProvider clock, CancellationToken ct,
        string? asOf = null, string? jurisdiction = null) =>
        AsOf(asOf, clock) is { } d ? TypedResults.Ok(await due.ExecuteAsync(d, jurisdiction, ct)) : BadDate(asOf);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportDue(ExportDueLists export, TimeProvider clock,
        CancellationToken ct, string? asOf = null, string? jurisdiction = null)
    {
        if (AsOf(asOf, clock) is not { } d) return BadDate(asOf);
        using var ms = new MemoryStream();
        await export.ExecuteAsync(d, jurisdiction, ms, ct);
        return TypedResults.File(ms.ToArray(), EnterprisesApi.XlsxContentType, DueFileName(d, jurisdiction));
    }

    public static string DueFileName(DateOnly asOf, string? jurisdiction) =>
        $"到期提醒_{(string.IsNullOrWhiteSpace(jurisdiction) ? "" : jurisdiction.Trim() + "_")}{asOf:yyyyMMdd}.xlsx";

    /// <param name="kind">认定类型：hnte, hz-hnte, zj-tech-sme, tech-sme</param>
    /// <param name="dryRun">true：只预览匹配结果，不写入</param>
    /// <param name="validRowsOnly">true：有无效单元格时仍导入其余匹配到的新增行</param>
    private static async Task<IResult> Import(HttpRequest request, ImportCertificationList import, RejectedWorkbookStore store,
        CancellationToken ct, string kind = "hnte", bool dryRun = false, bool validRowsOnly = false)
    {
        if (request.ContentLength > UploadLimits.MaxRequestBytes)
            return TypedResults.Problem(title: "上传内容过大", detail: UploadLimits.TooLargeMessage, statusCode: StatusCodes.Status413PayloadTooLarge);
        if (!request.HasFormContentType)
            return TypedResults.Problem(title: "不支持的内容类型", detail: "请使用 multipart/form-data（字段 file）上传 .xlsx 名单",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
        if (file is null)
            return TypedResults.Problem(title: "请求参数有误", detail: "请在表单字段 file 中上传 .xlsx 名单", statusCode: StatusCodes.Status400BadRequest);
        var fileName = Path.GetFileName(file.FileName);
        await using var content = file.OpenReadStream();
        var result = await import.ExecuteAsync(content, fileName, kind,
            new ImportListOptions { DryRun = dryRun, ValidRowsOnly = validRowsOnly, Actor = ApiActor.Of(request.HttpContext) }, ct);
        var url = result.UnmatchedWorkbook is { } bytes ? UnmatchedUrl(store.Add(bytes, UnmatchedFileName(fileName))) : null;
        var body = CertificationImportResponse.From(result, url);
        var refused = result.FileRejected || (!dryRun && !result.Written);
        return refused ? TypedResults.Json(body, statusCode: StatusCodes.Status422UnprocessableEntity) : TypedResults.Ok(body);
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Unmatched(string id, RejectedWorkbookStore store) =>
        store.Get(id) is { } f
            ? TypedResults.File(f.Bytes, EnterprisesApi.XlsxContentType, f.FileName)
            : TypedResults.Problem(title: "文件不存在或已过期", detail: "未匹配行的工作簿只保留1小时，请重新导入", statusCode: StatusCodes.Status404NotFound);

    public static string UnmatchedUrl(string id) => $"/api/certifications/imports/unmatched/{id}";
    public static string UnmatchedFileName(string uploaded) => $"{Path.GetFileNameWithoutExtension(uploaded)}_未匹配.xlsx";

    private static DateOnly? AsOf(string? asOf, TimeProvider clock) =>
        string.IsNullOrWhiteSpace(asOf) ? GetDueLists.Today(clock.GetUtcNow().UtcDateTime) : AssessmentsApi.ParseDate(asOf);

    private static async Task<CertificationItem> FindAsync(ListCertifications list, int enterpriseId, int id, CancellationToken ct) =>
        (await list.ExecuteAsync(new CertificationFilter(EnterpriseId: enterpriseId), 1, ListCertifications.MaxPageSize, ct)).Items.Single(c => c.Id == id);

    private static ProblemHttpResult BadDate(string? s) => AssessmentsApi.BadParameter($"日期“{s}”无效，应为 YYYY-MM-DD");

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(title: "证书不存在", detail: $"没有编号为 {id} 的证书", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult EnterpriseNotFound(int id) =>
        TypedResults.Problem(title: "企业不存在", detail: $"没有编号为 {id} 的企业", statusCode: StatusCodes.Status404NotFound);
}
