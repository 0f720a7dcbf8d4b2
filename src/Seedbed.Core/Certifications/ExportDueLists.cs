using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Seedbed.Core.Data;
using Seedbed.Rules.Certifications;

namespace Seedbed.Core.Certifications;

/// <summary>
/// Writes the three due lists as one .xlsx (sheets 证书到期, 高企年报, 科小入库) with days left and the traffic light
/// as a coloured symbol column (🔴/🟡/🟢 + 红/黄/绿), and records the export in the audit trail.
/// </summary>
[UseCase]
public sealed class ExportDueLists(IDbContextFactory<SeedbedDb> factory, GetDueLists due)
{
    public const string ExpiringSheet = "证书到期", ReportsSheet = "高企年报", RegistrationsSheet = "科小入库";

    public async Task<DueLists> ExecuteAsync(DateOnly asOf, string? jurisdiction, Stream output, CancellationToken ct = default)
    {
        var lists = await due.ExecuteAsync(asOf, jurisdiction, ct);
        var sheets = new Dictionary<string, object>
        {
            [ExpiringSheet] = Rows(lists.Expiring),
            [ReportsSheet] = Rows(lists.AnnualReports),
            [RegistrationsSheet] = Rows(lists.Registrations),
        };
        using (var ms = new MemoryStream())
        {
            ms.SaveAs(sheets);
            ms.Position = 0;
            await ms.CopyToAsync(output, ct);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        db.AuditQueue.Add(new Audit.AuditEntry(db.Auditor, "export", "certifications:due", "success",
            $"到期提醒（截至{SaveCertification.Fmt(asOf)}{(string.IsNullOrWhiteSpace(jurisdiction) ? "" : "，" + jurisdiction)}）：证书到期 {lists.Expiring.Count} 条，高企年报 {lists.AnnualReports.Count} 条，科小入库 {lists.Registrations.Count} 条"));
        await db.SaveChangesAsync(ct);
        return lists;
    }

    public static string Symbol(DueLight l) => l switch { DueLight.Red => "🔴", DueLight.Amber => "🟡", _ => "🟢" };

    private static List<Dictionary<string, object?>> Rows(IReadOnlyList<DueItem> items) =>
        items.Count == 0
            ? [Row(null)]
            : items.Select(Row).ToList();

    private static Dictionary<string, object?> Row(DueItem? i) => new()
    {
        ["提示"] = i is null ? "（无）" : $"{Symbol(i.Light)} {CertificationCalendar.LightName(i.Light)}",
        ["属地"] = i?.Jurisdiction, ["企业名称"] = i?.EnterpriseName, ["统一社会信用代码"] = i?.Uscc,
        ["认定类型"] = i is null ? null : SaveCertification.KindName(i.Kind), ["证书编号"] = i?.Number,
        ["发证日期"] = i is null ? null : SaveCertification.Fmt(i.IssuedOn),
        ["有效期至"] = i?.ExpiresOn is { } e ? SaveCertification.Fmt(e) : null,
        ["截止日期"] = i is null ? null : SaveCertification.Fmt(i.DueOn), ["剩余天数"] = i?.DaysLeft, ["说明"] = i?.Reason,
    };
}
