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
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
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
