using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Audit;

/// <summary>
/// Writes the audit records matching a filter as an .xlsx workbook (sheet 审计记录, newest first, Chinese headers, times in
/// Beijing time) and records the export itself in the trail (action <c>export</c>, target <c>audit</c>, the filter in the
/// detail). Returns how many records were written. More than <see cref="MaxRows"/> matches are refused, not cut.
/// </summary>
[UseCase]
public sealed class ExportAudit(IDbContextFactory<SeedbedDb> factory)
{
    public const int MaxRows = 100_000;
    public const int ChunkSize = 1000;
    public const string SheetName = "审计记录";
    public const string Target = "audit";
    public static readonly string[] Headers = ["时间", "账号", "角色", "IP", "操作", "对象", "结果", "详情", "序号", "哈希"];
    /// <summary>Excel's limit for the text of one cell.</summary>
    private const int MaxCellText = 32_000;

    /// <summary>The cap in force (<see cref="MaxRows"/>; lowered by tests).</summary>
    internal int Limit { get; init; } = MaxRows;

    public async Task<int> ExecuteAsync(AuditFilter filter, Stream output, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // records appended while the export runs (including its own entry) are not part of it
        var head = await db.AuditRecords.MaxAsync(r => (long?)r.Sequence, ct) ?? 0;
        var q = (await filter.ApplyAsync(db, ct)).Where(r => r.Sequence <= head);
        var total = await q.CountAsync(ct);
        if (total > Limit)
            throw new SeedbedValidationException("", $"符合条件的审计记录有 {total} 条，超过单次导出上限 {Limit} 条，请缩小时间范围或增加筛选条件");

        var written = 0;
        IEnumerable<Dictionary<string, object?>> Rows()
        {
            var below = head + 1;
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var upper = below;
                // MiniExcel pulls rows synchronously, so each chunk is read synchronously (as ExportEnterprises does)
                var chunk = q.Where(r => r.Sequence < upper).OrderByDescending(r => r.Sequence).Take(ChunkSize).ToList();
                if (chunk.Count == 0) yield break;
                var ids = SearchAudit.EnterpriseIds(chunk);
                var names = db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionary(e => e.Id, e => e.Name);
                foreach (var r in SearchAudit.ToItems(chunk, names))
                {
                    written++;
                    yield return Row(r);
                }
                below = chunk[^1].Sequence;
            }
        }

        // MiniExcel writes synchronously: write to a temporary file, then copy asynchronously (HTTP responses forbid synchronous writes).
        var path = Path.GetTempFileName();
        await using var temp = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        var config = new OpenXmlConfiguration
        {
            FreezeRowCount = 1, FastMode = false, AutoFilter = true,
            DynamicColumns = [Width("时间", 20), Width("账号", 16), Width("角色", 18), Width("IP", 16), Width("操作", 10),
                Width("对象", 36), Width("结果", 8), Width("详情", 60), Width("序号", 10), Width("哈希", 66)],
        };
        temp.SaveAs(new Dictionary<string, object> { [SheetName] = WithHeaders(Rows()) }, printHeader: true, configuration: config);

        // the export is itself audited; the file is handed out only once that entry is stored
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "export", Target, "success", $"导出审计记录 {written} 条；{filter.Describe()}"));
        await db.SaveChangesAsync(ct);
        temp.Position = 0;
        await temp.CopyToAsync(output, ct);
        return written;
    }

    private static Dictionary<string, object?> Row(AuditItem r) => new()
    {
        ["时间"] = AuditVocabulary.FormatChina(r.At),
        ["账号"] = r.User,
        ["角色"] = AuditVocabulary.RoleName(r.Role),
        ["IP"] = r.Ip,
        ["操作"] = AuditVocabulary.ActionName(r.Action),
        ["对象"] = r.TargetName is null ? r.Target : $"{r.Target}（{r.TargetName}）",
        ["结果"] = AuditVocabulary.ResultName(r.Result),
        ["详情"] = Cut(AuditVocabulary.Describe(r.Detail)),
        ["序号"] = r.Sequence,
        ["哈希"] = r.Hash,
    };

    /// <summary>An empty result still gets its header row (MiniExcel writes none for an empty sequence of dictionaries).</summary>
    private static IEnumerable<Dictionary<string, object?>> WithHeaders(IEnumerable<Dictionary<string, object?>> rows)
    {
        var any = false;
        foreach (var r in rows)
        {
            any = true;
            yield return r;
        }
        if (!any) yield return Headers.ToDictionary(h => h, _ => (object?)null);
    }

    private static string? Cut(string? s) => s is { Length: > MaxCellText } ? s[..MaxCellText] + "…" : s;

    private static DynamicExcelColumn Width(string key, double width) => new(key) { Width = width };
}
