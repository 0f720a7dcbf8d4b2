using System.Globalization;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Intake;

/// <summary>
/// Reads typed values out of a <see cref="RawRecord"/>, reporting every problem on the record (never throwing).
/// Workbook cells are lenient (numeric text is a number, a number is text where text is expected);
/// JSON is strict (a string where a number is expected is a type error).
/// </summary>
internal sealed class FieldReader(RawRecord record)
{
    public const int MinYear = 1990, MaxYear = 2100;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly SheetLayout _sheet = IntakeLayout.Of(record.Kind);

    public string Label(string code) => _sheet.Label(code);

    private object? Raw(string code)
    {
        var v = record.Values.GetValueOrDefault(code);
        return v is string s && string.IsNullOrWhiteSpace(s) ? null : v;
    }

    public bool IsBlank(string code) => Raw(code) is null;

    private T? Missing<T>(string code, bool required)
    {
        if (required) record.Fail(code, $"{Label(code)}不能为空");
        return default;
    }

    public string? Text(string code, bool required = false)
    {
        switch (Raw(code))
        {
            case null: return Missing<string>(code, required);
            case string s: return s.Trim();
            case double d when !record.Strict: return d.ToString("0.##########", Inv);
            case decimal m when !record.Strict: return m.ToString(Inv);
            case DateTime t when !record.Strict: return t.ToString("yyyy-MM-dd", Inv);
            case var v:
                record.Fail(code, $"{Label(code)}应为文本，实际为“{Show(v)}”");
                return null;
        }
    }

    /// <summary>A USCC: must be text (a numeric cell loses digits), checked with GB 32100-2015.</summary>
    public string? Uscc(string code = "uscc")
    {
        var v = Raw(code);
        if (v is double or decimal)
        {
            record.Fail(code, $"统一社会信用代码必须是文本，不能是数字（“{Show(v)}”）：请将该列单元格设置为“文本”格式后重新输入");
            return null;
        }
        var s = Text(code);
        var problem = Rules.Registry.Uscc.Validate(s);
        if (problem is not null) { record.Fail(code, problem); return null; }
        return s;
    }

    private decimal? Number(string code, bool required)
    {
        switch (Raw(code))
        {
            case null: return Missing<decimal?>(code, required);
            case decimal m: return m;
            case double d when !double.IsFinite(d) || Math.Abs(d) > 1e15:
                record.Fail(code, $"{Label(code)}数值超出范围");
                return null;
            case double d: return (decimal)d;
            case string s when !record.Strict && decimal.TryParse(s.Trim(), NumberStyles.Number, Inv, out var p): return p;
            case string s:
                record.Fail(code, $"{Label(code)}应为数字，实际为文本“{s.Trim()}”");
                return null;
            case var v:
                record.Fail(code, $"{Label(code)}应为数字，实际为“{Show(v)}”");
                return null;
        }
    }

    /// <summary>Money in yuan, at most 2 decimals (stored as fen); negative only where allowed (net assets).</summary>
    public decimal? Money(string code, bool allowNegative = false)
    {
        var v = Number(code, false);
        if (v is not { } m) return null;
        if (m != Math.Round(m, 2)) { record.Fail(code, $"{Label(code)}最多保留两位小数（金额以元为单位，精确到分），实际为{Show(m)}"); return null; }
        if (m < 0 && !allowNegative) { record.Fail(code, $"{Label(code)}不能为负数，实际为{Show(m)}"); return null; }
        return m;
    }

    public int? Integer(string code, int min, int max, bool required = false, string? rule = null)
    {
        var v = Number(code, required);
        if (v is not { } m) return null;
        if (m != Math.Truncate(m) || m < min || m > max)
        {
            record.Fail(code, $"{Label(code)}{rule ?? $"应为{min}到{max}之间的整数"}，实际为{Show(m)}");
            return null;
        }
        return (int)m;
    }

    public int? Count(string code) => Integer(code, 0, int.MaxValue, rule: "应为非负整数");
    public int? Year(string code, bool required = false) => Integer(code, MinYear, MaxYear, required, $"应为{MinYear}到{MaxYear}之间的年份");

    public DateOnly? Date(string code, bool required = false)
    {
        switch (Raw(code))
        {
            case null: return Missing<DateOnly?>(code, required);
            case DateTime t when !record.Strict: return DateOnly.FromDateTime(t);
            // a date cell whose format the reader did not recognise arrives as its serial number
            case double d when !record.Strict && d >= 1 && d < 73051 && d == Math.Truncate(d):
                return DateOnly.FromDateTime(DateTime.FromOADate(d));
            case string s when ParseDate(s.Trim(), record.Strict) is { } p: return p;
            case var v:
                record.Fail(code, $"{Label(code)}“{Show(v)}”不是有效日期，应为 YYYY-MM-DD（如 2020-03-15）");
                return null;
        }
    }

    internal static DateOnly? ParseDate(string s, bool strict)
    {
        string[] formats = strict ? ["yyyy-MM-dd"] : ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy.M.d"];
        return DateOnly.TryParseExact(s, formats, Inv, DateTimeStyles.None, out var d) ? d : null;
    }

    public string? Choice(string code, Vocabulary vocabulary, bool required = false)
    {
        var s = Text(code, required);
        if (s is null) return null;
        var parsed = vocabulary.Parse(s);
        if (parsed is null) record.Fail(code, $"{Label(code)}“{s}”无效，可选：{vocabulary.Describe()}");
        return parsed;
    }

    public string? IpKind(string code, bool required)
    {
        var s = Text(code, required);
        if (s is null) return null;
        foreach (var k in IpKinds.All)
            if (k.Code == s || k.Name == s) return k.Code;
        record.Fail(code, $"{Label(code)}“{s}”无效，可选：{string.Join("、", IpKinds.All.Select(k => k.Name))}");
        return null;
    }

    /// <summary>High-tech field: a second-level code (text or number), its name, "无"/"none" = not in the fields, blank = unknown.</summary>
    public string? HightechField(string code)
    {
        var s = Text(code);
        if (s is null) return null;
        if (s is "无" or HightechFields.None or "不属于重点领域") return HightechFields.None;
        var head = s.Split(' ', 2)[0];
        if (HightechFields.IsValidCode(head)) return head;
        foreach (var (c, name) in HightechFields.SecondLevel)
            if (name == s) return c;
        record.Fail(code, $"{Label(code)}“{s}”不是《国家重点支持的高新技术领域》的二级领域代码（101…809），不属于任何领域请填“无”");
        return null;
    }

    public bool? Bool(string code)
    {
        switch (Raw(code))
        {
            case null: return null;
            case bool b: return b;
            case string s when !record.Strict && s.Trim() is "是" or "true" or "TRUE" or "1" or "Y": return true;
            case string s when !record.Strict && s.Trim() is "否" or "false" or "FALSE" or "0" or "N": return false;
            case double d when !record.Strict && d is 0 or 1: return d == 1;
            case var v:
                record.Fail(code, $"{Label(code)}应为“是”或“否”，实际为“{Show(v)}”");
                return null;
        }
    }

    internal static string Show(object? v) => v switch
    {
        null => "",
        double d => d.ToString("0.##########", Inv),
        decimal m => m.ToString(Inv),
        DateTime t => t.ToString("yyyy-MM-dd", Inv),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, Inv),
        _ => v.ToString() ?? "",
    };
}
