using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Seedbed.Core.Common;

namespace Seedbed.Web.Hosting;

/// <summary>
/// The one place that turns exceptions into responses: <see cref="SeedbedValidationException"/> → 422 with every
/// issue in <c>errors</c>; bad parameters or bodies → 400; too large → 413; anything else → 500 without details.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var http = httpContext;
        if (http.Response.HasStarted) return false;
        var problem = exception switch
        {
            SeedbedValidationException v => Validation(v),
            Core.Accounts.ScopeViolationException sv => new ProblemDetails { Status = 403, Title = "无权访问", Detail = sv.Message + "：超出您的数据范围（属地或负责企业）" },
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                new ProblemDetails { Status = 413, Title = "上传内容过大", Detail = UploadLimits.TooLargeMessage },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "请求参数有误", Detail = b.Message },
            _ => null,
        };
        if (problem is null)
        {
            log.LogError(exception, "未处理的异常 / unhandled exception: {Method} {Path}", http.Request.Method, http.Request.Path);
            problem = new ProblemDetails { Status = 500, Title = "服务器内部错误", Detail = "处理请求时发生错误，请稍后重试或联系管理员。" };
        }
        http.Response.StatusCode = problem.Status!.Value;
        if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            // a page request (prerendering failed): a plain Chinese page instead of JSON
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(ErrorPage(problem), cancellationToken);
            return true;
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    private static string ErrorPage(ProblemDetails p) =>
        $"""
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{p.Title} - Seedbed 高企培育</title></head>
        <body style="font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;text-align:center;padding-top:80px;color:rgba(0,0,0,.85)">
        <h1 style="font-weight:500">{p.Status} {System.Net.WebUtility.HtmlEncode(p.Title)}</h1>
        <p>{System.Net.WebUtility.HtmlEncode(p.Detail)}</p><p><a href="/">返回首页</a></p></body></html>
        """;

    /// <summary>Framework-made problems (unknown route 404, 405, ...) get a Chinese title instead of the English reason phrase.</summary>
    public static void UseChineseTitle(ProblemDetailsContext context)
    {
        var p = context.ProblemDetails;
        if (p.Status is not { } status || p.Title != Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)) return;
        p.Title = status switch
        {
            400 => "请求参数有误",
            401 => "未登录或登录已过期",
            403 => "无权访问",
            404 => "资源不存在",
            405 => "不支持的请求方法",
            413 => "上传内容过大",
            415 => "不支持的内容类型",
            422 => "输入有误",
            429 => "请求过于频繁",
            >= 500 => "服务器内部错误",
            _ => p.Title,
        };
    }

    public static ProblemDetails Validation(SeedbedValidationException v) => new()
    {
        Status = StatusCodes.Status422UnprocessableEntity,
        Title = "输入有误",
        Detail = v.Message,
        Extensions = { ["errors"] = v.Issues.Select(i => new ApiIssue(i.Location, i.Message)).ToList() },
    };
}

/// <summary>One input problem in an API response: where and why (Chinese).</summary>
public sealed record ApiIssue(string Location, string Message);
