using System.Globalization;
using System.Text.RegularExpressions;
using Seedbed.Core.Common;

namespace Seedbed.Core.Plans;

/// <summary>The result of checking a target table: its years, and every bad cell — or, when it passes, its rows.</summary>
public sealed record TargetTableReport(IReadOnlyList<int> Years, int Jurisdictions, IReadOnlyList<InputIssue> Issues)
{
    public bool Ok => Issues.Count == 0;
    /// <summary>The parsed rows in the order of the table (district row included); empty unless <see cref="Ok"/>.</summary>
    public IReadOnlyList<TargetTableRow> Rows { get; init; } = [];
}

/// <summary>One checked row of a target table: baseline, each year's committed (new) and stretch numbers, the totals.</summary>
/// <param name="Line">the row number in the sheet (the header is row 1), for messages naming a cell</param>
public sealed record TargetTableRow(int Line, string Jurisdiction, long Baseline, IReadOnlyList<TargetTableYear> Years, long Total, long StretchTotal)
{
    public bool IsDistrict => Jurisdiction == TargetTableCheck.DistrictRow;
}

/// <summary>One year of a target-table row: new in the year (committed) and the stretch number.</summary>
public sealed record TargetTableYear(int Year, long New, long Stretch);

/// <summary>
/// Checks a task table (任务分解表) like <c>targets-2018-2020.csv</c>, as .csv or .xlsx, for any district and period:
/// columns <c>jurisdiction, baseline_Y0, new_Y, stretch_Y … (each year), total_YN, stretch_total_YN</c>; every number a
/// whole number ≥ 0; each row's totals equal its baseline plus its yearly numbers (committed and stretch); the
/// jurisdiction rows add up, column by column, to the district row (全区); names present and unique. Issues name the
/// cell the way Excel does (<c>C4</c>: column C, row 4, the header being row 1). The one parser of target tables: the
/// shipped table, <c>seedbed plan check</c> and the import of a plan all go through it.
/// </summary>
public static partial class TargetTableCheck
{
    /// <summary>The name of the district row (全区合计).</summary>
    public const string DistrictRow = "全区";

    /// <summary>The largest number a cell may hold (sums stay far from overflowing).</summary>
    public const long MaxValue = 1_000_000_000;

    public static TargetTableReport CheckFile(string path)
    {
        try
        {
            using var s = File.OpenRead(path);
            return CheckStream(s, Path.GetFileName(path));
        }
        catch (IOException ex) { throw new SeedbedValidationException("file", $"无法读取文件：{ex.Message}"); }
        catch (UnauthorizedAccessException ex) { throw new SeedbedValidationException("file", $"无法读取文件：{ex.Message}"); }
    }

    /// <summary>Checks a table read from a stream; the file name's extension (.csv or .xlsx) says how to read it.</summary>
    public static TargetTableReport CheckStream(Stream content, string fileName) => Check(TargetTableFile.Read(content, fileName));

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
            if (name == DistrictRow) districtRow = r;
            for (var c = 1; c < header.Length; c++)
            {
                var text = c < row.Length ? row[c].Trim() : "";
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                    issues.Add(new(Cell(c, r), text.StartsWith('-') ? $"不能为负数（“{text}”）" : $"须为不小于 0 的整数（收到“{text}”）"));
                else if (v > MaxValue) issues.Add(new(Cell(c, r), $"数值过大（“{text}”，最大 {MaxValue}）"));
                else values[(r, c)] = v;
            }
        }
        if (districtRow < 0) issues.Add(new("A", $"缺少全区合计行（属地为“{DistrictRow}”）"));
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
        var report = new TargetTableReport(years, rows.Count - 1 - (districtRow > 0 ? 1 : 0), issues);
        if (issues.Count > 0) return report;
        var baselineCol = Col($"baseline_{years[0] - 1}");
        return report with
        {
            Rows = Enumerable.Range(1, rows.Count - 1).Select(r => new TargetTableRow(r + 1, rows[r][0].Trim(), values[(r, baselineCol)],
                    years.Select(y => new TargetTableYear(y, values[(r, Col($"new_{y}"))], values[(r, Col($"stretch_{y}"))])).ToList(),
                    values[(r, Col($"total_{last}"))], values[(r, Col($"stretch_total_{last}"))])).ToList(),
        };

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
