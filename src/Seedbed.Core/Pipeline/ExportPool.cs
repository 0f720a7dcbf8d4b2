using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Seedbed.Core.Audit;
using Seedbed.Core.Data;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Pipeline;

/// <summary>Writes the pool members matching a filter as an .xlsx workbook (sheet 培育库, Chinese headers, key figures and main
/// gap); the export is audited (<c>export</c>, target <c>pools</c>). Returns the number of rows.</summary>
[UseCase]
public sealed class ExportPool(IDbContextFactory<SeedbedDb> factory)
{
    public const string SheetName = "培育库";
    public const int ChunkSize = 500;
    public static readonly string[] Headers =
        ["统一社会信用代码", "企业名称", "属地", "所在库", "入库日期", "出库原因", "数据年度", "销售收入（元）", "研发费用占比", "Ⅰ类知识产权", "Ⅱ类知识产权",
         "企业所得税（元）", "最近评估结果", "评估日期", "主要差距"];

    public async Task<int> ExecuteAsync(PoolListFilter filter, Stream output, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var members = await ListPool.Query(db, filter).ToListAsync(ct);
        var rows = new List<Dictionary<string, object?>>();
        foreach (var chunk in members.Chunk(ChunkSize))
            foreach (var r in await ListPool.FiguresAsync(db, [.. chunk], ct)) rows.Add(Row(r));
        if (rows.Count == 0) rows.Add(Headers.ToDictionary(h => h, _ => (object?)null));

        var path = Path.GetTempFileName();
        await using var temp = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        temp.SaveAs(new Dictionary<string, object> { [SheetName] = rows }, printHeader: true,
            configuration: new OpenXmlConfiguration { FreezeRowCount = 1, AutoFilter = true, FastMode = false });
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "export", "pools", "success",
            $"导出培育库 {members.Count} 家；库：{PoolTier.NameOf(filter.Tier) switch { "未入库" => "全部", var n => n }}；属地：{filter.Jurisdiction ?? "全部"}"));
        await db.SaveChangesAsync(ct);
        temp.Position = 0;
        await temp.CopyToAsync(output, ct);
        return members.Count;
    }

    private static Dictionary<string, object?> Row(PoolListItem r) => new()
    {
        ["统一社会信用代码"] = r.Uscc, ["企业名称"] = r.Name, ["属地"] = r.Jurisdiction, ["所在库"] = PoolTier.NameOf(r.Tier),
        ["入库日期"] = Iso(r.Since), ["出库原因"] = ExitReason.NameOf(r.ExitReason), ["数据年度"] = r.FiscalYear,
        ["销售收入（元）"] = r.Revenue, ["研发费用占比"] = r.RdRatio, ["Ⅰ类知识产权"] = r.IpClassOne, ["Ⅱ类知识产权"] = r.IpClassTwo,
        ["企业所得税（元）"] = r.IncomeTax, ["最近评估结果"] = VerdictName(r.Verdict), ["评估日期"] = r.EvaluatedOn is { } d ? Iso(d) : null,
        ["主要差距"] = r.MainGap,
    };

    public static string VerdictName(string? v) => v switch { "pass" => "符合", "fail" => "不符合", "undetermined" => "待定", _ => "未评估" };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
