using Microsoft.AspNetCore.Http.HttpResults;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Web.Security;

namespace Seedbed.Web.Api;

/// <summary><c>/api/audit</c>: the audit trail (审计日志) for administrators — search and Excel export.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/audit").WithTags("审计日志").RequireAuthorization(Policies.Admin);
        g.MapGet("/", Search).WithSummary("查询审计记录（最新在前，服务端分页）");
        g.MapGet("/export", Export).WithSummary("按筛选条件导出审计记录（.xlsx，至多 100,000 条；导出本身记入审计）");
        return g;
    }

    /// <param name="page">页码，从1开始</param>
    /// <param name="pageSize">每页条数，1–200</param>
    /// <param name="user">账号的一部分</param>
    /// <param name="enterprise">企业编号，或企业名称、统一社会信用代码的一部分</param>
    /// <param name="action">操作：create, update, delete, import, export, approve, login-success, login-failure, logout, permission-change</param>
    /// <param name="from">起始：日期（2026-11-01，北京时间当日零点起）或时间（ISO 8601，无时区时按北京时间）</param>
    /// <param name="to">截止：日期（含当日）或时间（不含）</param>
    /// <param name="result">结果：success, failure, denied</param>
    private static async Task<Ok<Paged<AuditItem>>> Search(SearchAudit search, CancellationToken ct, int page = 1, int pageSize = 20,
        string? user = null, string? enterprise = null, string? action = null, string? from = null, string? to = null, string? result = null)
        => TypedResults.Ok(await search.ExecuteAsync(AuditFilter.Parse(user, enterprise, action, from, to, result), page, pageSize, ct));

    private static async Task<FileStreamHttpResult> Export(ExportAudit export, TimeProvider clock, CancellationToken ct,
        string? user = null, string? enterprise = null, string? action = null, string? from = null, string? to = null, string? result = null)
    {
        var filter = AuditFilter.Parse(user, enterprise, action, from, to, result);
        // A temp file, not memory: up to 100,000 rows. Deleted when the response is done.
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            await export.ExecuteAsync(filter, file, ct);
            file.Position = 0;
            return TypedResults.File(file, EnterprisesApi.XlsxContentType, ExportFileName(clock));
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public static string ExportFileName(TimeProvider clock) =>
        $"审计日志导出_{TimeZoneInfo.ConvertTime(clock.GetUtcNow(), AuditVocabulary.China):yyyyMMdd_HHmm}.xlsx";
}
