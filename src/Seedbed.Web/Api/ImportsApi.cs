using Microsoft.AspNetCore.Http.HttpResults;
using Seedbed.Core.Intake;
using Seedbed.Web.Hosting;

namespace Seedbed.Web.Api;

/// <summary>The JSON answer of <c>POST /api/imports</c>.</summary>
public sealed record ImportResponse(
    bool Written, int EnterprisesCreated, int EnterprisesUpdated, int EnterprisesUnchanged, int ChangesRecorded,
    IReadOnlyList<ApiIssue> Errors, int RejectedRows, string? RejectedWorkbookUrl)
{
    public static ImportResponse From(ImportResult r, string? rejectedUrl) => new(r.Written, r.EnterprisesCreated, r.EnterprisesUpdated,
        r.EnterprisesUnchanged, r.ChangesRecorded, r.Errors.Select(e => new ApiIssue(e.Location, e.Message)).ToList(), r.RejectedRows, rejectedUrl);
}

/// <summary><c>/api/imports</c>: template download, import of a dossier (.xlsx or JSON), rejected-rows workbooks.</summary>
public static class ImportsApi
{
    public static RouteGroupBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/imports").WithTags("数据导入").RequireAuthorization(Security.Policies.Bureau);
        g.MapGet("/template", Template).WithSummary("下载导入模板（.xlsx）");
        g.MapPost("/", Import).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data", "application/json", EnterprisesApi.XlsxContentType)
            .Produces<ImportResponse>().Produces<ImportResponse>(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("导入企业数据：multipart 字段 file（.xlsx 或 .json），或 JSON 请求体（seedbed.dossier/1）");
        g.MapGet("/rejected/{id}", Rejected).WithSummary("下载被拒绝行的工作簿（导入后1小时内有效）");
        return g;
    }

    private static FileContentHttpResult Template()
    {
        using var ms = new MemoryStream();
        WorkbookTemplate.Write(ms);
        return TypedResults.File(ms.ToArray(), EnterprisesApi.XlsxContentType, WorkbookTemplate.FileName);
    }

    /// <param name="validRowsOnly">true：只导入有效行，被拒绝的行可下载；false：有任何错误则不写入</param>
    private static async Task<IResult> Import(HttpRequest request, ImportDossier import, RejectedWorkbookStore store,
        CancellationToken ct, bool validRowsOnly = false)
    {
        if (request.ContentLength > UploadLimits.MaxRequestBytes)
            return TypedResults.Problem(title: "上传内容过大", detail: UploadLimits.TooLargeMessage, statusCode: StatusCodes.Status413PayloadTooLarge);
        using var content = new MemoryStream();
        string fileName;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
            if (file is null)
                return TypedResults.Problem(title: "请求参数有误", detail: "请在表单字段 file 中上传 .xlsx 或 .json 文件", statusCode: StatusCodes.Status400BadRequest);
            fileName = Path.GetFileName(file.FileName);
            await using var s = file.OpenReadStream();
            await s.CopyToAsync(content, ct);
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            fileName = "request.json";
            await request.Body.CopyToAsync(content, ct);
        }
        else if (string.Equals(request.ContentType, EnterprisesApi.XlsxContentType, StringComparison.OrdinalIgnoreCase))
        {
            fileName = "request.xlsx";
            await request.Body.CopyToAsync(content, ct);
        }
        else
            return TypedResults.Problem(title: "不支持的内容类型",
                detail: "请使用 multipart/form-data（字段 file）上传 .xlsx/.json 文件，或以 application/json 提交数据", statusCode: StatusCodes.Status415UnsupportedMediaType);

        content.Position = 0;
        var result = await import.ExecuteAsync(content, fileName,
            new ImportOptions { ValidRowsOnly = validRowsOnly, Actor = ApiActor.Of(request.HttpContext) }, ct);
        var url = result.RejectedWorkbook is { Length: > 0 } bytes ? RejectedUrl(store.Add(bytes, RejectedFileName(fileName))) : null;
        var body = ImportResponse.From(result, url);
        return !result.Written && result.Errors.Count > 0
            ? TypedResults.Json(body, statusCode: StatusCodes.Status422UnprocessableEntity)
            : TypedResults.Ok(body);
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Rejected(string id, RejectedWorkbookStore store) =>
        store.Get(id) is { } f
            ? TypedResults.File(f.Bytes, EnterprisesApi.XlsxContentType, f.FileName)
            : TypedResults.Problem(title: "文件不存在或已过期", detail: "被拒绝行的工作簿只保留1小时，请重新导入", statusCode: StatusCodes.Status404NotFound);

    public static string RejectedUrl(string id) => $"/api/imports/rejected/{id}";

    public static string RejectedFileName(string uploaded) => $"{Path.GetFileNameWithoutExtension(uploaded)}_被拒绝行.xlsx";
}
