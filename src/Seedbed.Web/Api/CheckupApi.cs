using System.Text.Json;
using Seedbed.Core.Assessment;
using Seedbed.Core.Common;
using Seedbed.Web.Hosting;

namespace Seedbed.Web.Api;

/// <summary><c>/api/enterprises/{id}/checkup</c>: the 科技度体检 of one enterprise as JSON, and its printable report as PDF.</summary>
public static class CheckupApi
{
    public static IEndpointRouteBuilder MapCheckupApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/enterprises/{id}/checkup").WithTags("科技度体检").RequireAuthorization(Security.Policies.Enterprises);
        g.MapGet("/", Checkup).Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("企业科技度体检：四个规则集的评估结果（评估文档格式），不保存");
        g.MapGet("/report.pdf", Pdf).Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("下载企业科技度体检报告（A4 PDF，由 Chromium 生成）");
        return app;
    }

    /// <param name="date">体检日期 YYYY-MM-DD，默认今天（北京时间）</param>
    private static async Task<IResult> Checkup(int id, TechCheckup checkup, TimeProvider clock, CancellationToken ct, string? date = null)
    {
        if (Resolve(date, clock) is not { } d) return BadDate(date);
        if (await Load(checkup, id, d, ct) is not { } view) return NotFound(id);
        using var ms = new MemoryStream();
        await using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            AssessmentsApi.WriteCheckup(w, view);
        return TypedResults.Bytes(ms.ToArray(), "application/json; charset=utf-8");
    }

    /// <param name="date">体检日期 YYYY-MM-DD，默认今天（北京时间）</param>
    private static async Task<IResult> Pdf(int id, TechCheckup checkup, CheckupReportPdf pdf, TimeProvider clock, HttpContext http,
        CancellationToken ct, string? date = null)
    {
        if (Resolve(date, clock) is not { } d) return BadDate(date);
        if (await Load(checkup, id, d, ct) is not { } view) return NotFound(id);
        try
        {
            var bytes = await pdf.RenderAsync(view, http.RequestServices, ct);
            return TypedResults.File(bytes, "application/pdf", CheckupReportPdf.FileName(view));
        }
        catch (PdfUnavailableException ex)
        {
            return TypedResults.Problem(title: "PDF 生成服务不可用", detail: ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    public static DateOnly? Resolve(string? date, TimeProvider clock) =>
        string.IsNullOrWhiteSpace(date) ? Today(clock) : AssessmentsApi.ParseDate(date);

    /// <summary>Today in the district's time zone (China Standard Time).</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Components.Shared.Fmt.China).DateTime);

    private static async Task<CheckupView?> Load(TechCheckup checkup, int id, DateOnly date, CancellationToken ct)
    {
        try { return await checkup.ExecuteAsync(id, date, null, ct); }
        catch (SeedbedValidationException ex) when (ex.Issues is [{ Location: "id" }]) { return null; }
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult BadDate(string? date) =>
        AssessmentsApi.BadParameter($"参数 date 的值“{date}”不是有效日期，格式应为 YYYY-MM-DD");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(title: "企业不存在", detail: $"没有编号为 {id} 的企业", statusCode: StatusCodes.Status404NotFound);
}
