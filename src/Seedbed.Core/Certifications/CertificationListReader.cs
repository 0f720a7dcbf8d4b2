using System.Globalization;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Seedbed.Core.Common;

namespace Seedbed.Core.Certifications;

/// <summary>One data row of a certificate list as read: raw cell values by field, and the cell address of each field.</summary>
internal sealed class ListRow
{
    public int RowNumber { get; init; }
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
    public required Func<string, string> Locate { get; init; }
}

internal sealed record ListSheet(string SheetName, List<ListRow> Rows, List<InputIssue> FileIssues, IReadOnlySet<string> Columns);

/// <summary>
/// Reads a published certificate list (.xlsx) with MiniExcel: the first sheet that has a header row within its first
/// <see cref="HeaderSearchRows"/> rows (title rows above it are skipped), columns found by their Chinese header names
/// and common variants (docs/certifications.md). Empty rows are skipped.
/// </summary>
internal static partial class CertificationListReader
{
    public const int HeaderSearchRows = 10;
    public const string Name = "name", Uscc = "uscc", Number = "number", IssuedOn = "issuedOn", ExpiresOn = "expiresOn";

    /// <summary>Accepted header names per field (compared after removing spaces, bracketed notes and asterisks).</summary>
    public static readonly IReadOnlyList<(string Field, string Label, bool Required, string[] Headers)> Fields =
    [
        (Name, "企业名称", true, ["企业名称", "单位名称", "公司名称", "企业全称", "名称", "申报单位", "申报企业", "企业(单位)名称"]),
        (Uscc, "统一社会信用代码", false, ["统一社会信用代码", "社会信用代码", "信用代码", "统一信用代码", "统一社会信用代码/注册号"]),
        (Number, "证书编号", true, ["证书编号", "证书号", "证书号码", "编号", "登记编号", "入库登记编号", "入库编号", "认定编号", "证书编码"]),
        (IssuedOn, "发证日期", true, ["发证日期", "发证时间", "颁发日期", "颁证日期", "认定日期", "认定时间", "发证日", "入库日期", "入库时间"]),
        (ExpiresOn, "有效期至", false, ["有效期至", "有效期", "有效期截止", "有效期截止日期", "有效期限", "到期日期", "到期日", "截止日期"]),
    ];

    [GeneratedRegex(@"[\s\*＊]|（[^）]*）|\([^)]*\)|【[^】]*】", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderNoise();

    public static string NormalizeHeader(string header) => HeaderNoise().Replace(header, "");

    public static string? FieldOf(string header)
    {
        var h = NormalizeHeader(header);
        return Fields.FirstOrDefault(f => f.Headers.Any(x => string.Equals(NormalizeHeader(x), h, StringComparison.Ordinal))).Field;
    }

    public static ListSheet Read(Stream input)
    {
        var issues = new List<InputIssue>();
        List<string> sheets;
        try { sheets = MiniExcel.GetSheetNames(input); }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            issues.Add(new("", "文件不是有效的 Excel 工作簿（.xlsx）：请用 Excel 或 WPS 另存为 .xlsx 后再导入"));
            return new ListSheet("", [], issues, new HashSet<string>());
        }
        foreach (var sheet in sheets)
        {
            input.Position = 0;
            var rows = MiniExcel.Query(input, useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>();
            Dictionary<string, string>? letters = null; // field → column letter
            var result = new List<ListRow>();
            var rowNo = 0;
            foreach (var row in rows)
            {
                rowNo++;
                if (letters is null)
                {
                    if (rowNo > HeaderSearchRows) break;
                    var found = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var (letter, value) in row)
                        if (value is string s && FieldOf(s) is { } f) found.TryAdd(f, letter);
                    if (found.ContainsKey(Name) && found.ContainsKey(Number)) letters = found;
                    continue;
                }
                if (letters.Values.All(l => Blank(row.TryGetValue(l, out var v) ? v : null))) continue;
                var n = rowNo;
                var map = letters;
                var r = new ListRow { RowNumber = n, Locate = f => map.TryGetValue(f, out var l) ? $"{sheet}!{l}{n}" : $"{sheet}!第{n}行" };
                foreach (var (f, l) in map) r.Values[f] = row.TryGetValue(l, out var v) ? v : null;
                result.Add(r);
            }
            if (letters is null) continue;
            foreach (var f in Fields.Where(f => f.Required && !letters.ContainsKey(f.Field)))
                issues.Add(new($"{sheet}!表头", $"缺少“{f.Label}”列（可用列名：{string.Join("、", f.Headers)}）"));
            return new ListSheet(sheet, result, issues, letters.Keys.ToHashSet(StringComparer.Ordinal));
        }
        issues.Add(new("", $"未找到表头：前{HeaderSearchRows}行中应有一行同时含“企业名称”和“证书编号”列（列名可用：" +
            string.Join("；", Fields.Select(f => $"{f.Label}：{string.Join("/", f.Headers.Take(4))}")) + "）"));
        return new ListSheet("", [], issues, new HashSet<string>());
    }

    public static bool Blank(object? v) => v is null || v is string s && string.IsNullOrWhiteSpace(s);

    /// <summary>A cell as text: numbers without exponent or decimals when whole.</summary>
    public static string? Text(object? v) => v switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d when d == Math.Truncate(d) => d.ToString("F0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString()?.Trim(),
    };

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d", "yyyy.MM.dd", "yyyy年M月d日", "yyyy年MM月dd日", "yyyyMMdd"];

    /// <summary>A date cell: a date, an Excel serial number, or text in one of the usual Chinese formats.</summary>
    public static DateOnly? Date(object? v, out bool invalid)
    {
        invalid = false;
        switch (v)
        {
            case null: return null;
            case DateTime t: return DateOnly.FromDateTime(t);
            case double d when d >= 1 && d < 73051 && d == Math.Truncate(d): return DateOnly.FromDateTime(DateTime.FromOADate(d));
            case string s when string.IsNullOrWhiteSpace(s): return null;
            case string s when DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var p): return p;
            default: invalid = true; return null;
        }
    }
}
