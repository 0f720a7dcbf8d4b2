using System.Globalization;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Seedbed.Core.Common;

namespace Seedbed.Core.Plans;

/// <summary>The result of checking a target table: its years and rows, or every bad cell.</summary>
public sealed record TargetTableReport(IReadOnlyList<int> Years, int Jurisdictions, IReadOnlyList<InputIssue> Issues)
{
    public bool Ok => Issues.Count == 0;
}

/// <summary>
/// Checks a task table (任务分解表) like <c>targets-2018-2020.csv</c>, as .csv or .xlsx, for any district and period:
/// columns <c>jurisdiction, baseline_Y0, new_Y, stretch_Y … (each year), total_YN, stretch_total_YN</c>; every number a
/// whole number ≥ 0; each row's totals equal its baseline plus its yearly numbers (committed and stretch); the
/// jurisdiction rows add up, column by column, to the district row (全区); names present and unique. Issues name the
/// cell the way Excel does (<c>C4</c>: column C, row 4, the header being row 1).
/// </summary>
public static partial class TargetTableCheck
{
    public static TargetTableReport CheckFile(string path)
    {
        List<string[]> rows;
        try
        {
            rows = Path.GetExtension(path).ToUpperInvariant() switch
            {
                ".CSV" => File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList(),
                ".XLSX" => ReadXlsx(path),
                _ => throw new SeedbedValidationException("file", $"不支持的文件类型“{Path.GetExtension(path)}”：请使用 .csv 或 .xlsx"),
            };
        }
        catch (IOException ex) { throw new SeedbedValidationException("file", $"无法读取文件：{ex.Message}"); }
        return Check(rows);
    }

    private static List<string[]> ReadXlsx(string path)
    {
        try
        {
            return MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>()
                .Select(r => r.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToArray())
                .Where(r => r.Any(c => c.Length > 0)).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not SeedbedValidationException)
        {
            throw new SeedbedValidationException("file", "不是有效的 .xlsx 工作簿");
        }
    }

    public static TargetTableReport Check(IReadOnlyList<string[]> rows)
    {
        var issues = new List<InputIssue>();
        if (rows.Count < 2) return new([], 0, [new InputIssue("A1", "表格为空：须有表头行和至少一行数据")]);
        var header = rows[0].Select(h => h.Trim()).ToArray();
        var years = ParseHeader(header, issues);
        if (issues.Count > 0) return new([], 0, issues);
        var last = years[^1];
        int Col(string name) => Array.IndexOf(header, name);
        var values = new Dictionary<(int Row, int Col), long>();
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var districtRow = -1;
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            var name = row.Length > 0 ? row[0].Trim() : "";
            if (name.Length == 0) issues.Add(new(Cell(0, r), "属地名称为空"));
            else if (!names.TryAdd(name, r)) issues.Add(new(Cell(0, r), $"属地“{name}”重复（第{names[name] + 1}行已有）"));
            if (name == GongshuTargetTable.DistrictRow) districtRow = r;
            for (var c = 1; c < header.Length; c++)
            {
                var text = c < row.Length ? row[c].Trim() : "";
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                    issues.Add(new(Cell(c, r), text.StartsWith('-') ? $"不能为负数（“{text}”）" : $"须为不小于 0 的整数（收到“{text}”）"));
                else values[(r, c)] = v;
            }
        }
        if (districtRow < 0) issues.Add(new("A", $"缺少全区合计行（属地为“{GongshuTargetTable.DistrictRow}”）"));
        for (var r = 1; r < rows.Count; r++)
        {
            long? Sum(IEnumerable<string> cols)
            {
                long total = 0;
                foreach (var c in cols) { if (!values.TryGetValue((r, Col(c)), out var v)) return null; total += v; }
                return total;
            }
            var baseline = $"baseline_{years[0] - 1}";
            CheckTotal(r, $"total_{last}", Sum(years.Select(y => $"new_{y}").Prepend(baseline)), "基数与各年新增数之和");
            CheckTotal(r, $"stretch_total_{last}", Sum(years.Select(y => $"stretch_{y}").Prepend(baseline)), "基数与各年力争数之和");
        }
        if (districtRow > 0)
            for (var c = 1; c < header.Length; c++)
            {
                if (!values.TryGetValue((districtRow, c), out var district)) continue;
                var parts = Enumerable.Range(1, rows.Count - 1).Where(r => r != districtRow).Select(r => values.TryGetValue((r, c), out var v) ? (long?)v : null).ToList();
                if (parts.Any(p => p is null)) continue;
                var sum = parts.Sum(p => p!.Value);
                if (sum != district) issues.Add(new(Cell(c, districtRow), $"全区 {header[c]} 为 {district}，但各属地之和为 {sum}"));
            }
        return new(years, rows.Count - 1 - (districtRow > 0 ? 1 : 0), issues);

        void CheckTotal(int r, string column, long? expected, string what)
        {
            var c = Col(column);
            if (expected is null || !values.TryGetValue((r, c), out var actual) || actual == expected) return;
            issues.Add(new(Cell(c, r), $"{column} 为 {actual}，应等于{what} {expected}"));
        }
    }

    /// <summary>The years of the table from its header; issues name the header cell.</summary>
    private static List<int> ParseHeader(string[] header, List<InputIssue> issues)
    {
        if (header[0] != "jurisdiction") issues.Add(new("A1", $"第一列表头应为 jurisdiction（收到“{header[0]}”）"));
        var years = new List<int>();
        for (var c = 1; c < header.Length; c++)
            if (YearColumn().Match(header[c]) is { Success: true } m && m.Groups[1].Value == "new")
                years.Add(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        if (years.Count == 0) { issues.Add(new("B1", "表头中没有 new_<年份> 列")); return years; }
        var expected = new List<string> { "jurisdiction", $"baseline_{years[0] - 1}" };
        foreach (var y in years) { expected.Add($"new_{y}"); expected.Add($"stretch_{y}"); }
        expected.Add($"total_{years[^1]}");
        expected.Add($"stretch_total_{years[^1]}");
        for (var c = 1; c < Math.Max(header.Length, expected.Count); c++)
        {
            var got = c < header.Length ? header[c] : "";
            if (c >= expected.Count) issues.Add(new(Cell(c, 0), $"多余的列“{got}”"));
            else if (got != expected[c]) issues.Add(new(Cell(c, 0), $"表头应为 {expected[c]}（收到“{got}”）"));
        }
        for (var i = 1; i < years.Count; i++)
            if (years[i] != years[i - 1] + 1) issues.Add(new("B1", $"年份须连续（{years[i - 1]} 之后是 {years[i]}）"));
        return years;
    }

    /// <summary>Excel-style cell name: column index 0 → A, row index 0 (the header) → 1.</summary>
    public static string Cell(int col, int row)
    {
        var name = "";
        for (var c = col + 1; c > 0; c = (c - 1) / 26) name = (char)('A' + (c - 1) % 26) + name;
        return name + (row + 1).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^(new|stretch)_(\\d{4})$")]
    private static partial Regex YearColumn();
}
