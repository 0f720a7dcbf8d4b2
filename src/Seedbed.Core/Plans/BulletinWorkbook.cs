using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Seedbed.Core.Common;

namespace Seedbed.Core.Plans;

/// <summary>
/// A bulletin as an .xlsx workbook (MiniExcel), built only from its snapshot: sheet 考核结果 (the jurisdiction table: targets,
/// actuals, completion rates in %, points per item, total, rank), sheet 指标完成情况 (the district figures of every indicator),
/// sheet 通报信息 (title, 文号, office, dates, summary, notes). Numbers stay numbers; rates are percentages with one decimal.
/// </summary>
public static class BulletinWorkbook
{
    public const string ScoresSheet = "考核结果", IndicatorsSheet = "指标完成情况", InfoSheet = "通报信息";

    public static void Write(BulletinSnapshot s, Stream output)
    {
        ArgumentNullException.ThrowIfNull(s);
        var sheets = new Dictionary<string, object>
        {
            [ScoresSheet] = Scores(s), [IndicatorsSheet] = Indicators(s), [InfoSheet] = Info(s),
        };
        output.SaveAs(sheets, printHeader: true, configuration: new OpenXmlConfiguration { FreezeRowCount = 1, FastMode = false });
    }

    private static List<Dictionary<string, object?>> Scores(BulletinSnapshot s)
    {
        var headers = BulletinHtml.JurisdictionHeaders(s).Select(h => h.EndsWith("完成率", StringComparison.Ordinal) ? h + "（%）" : h).ToList();
        var quarter = s.Period.Contains('Q', StringComparison.Ordinal);
        var rows = new List<Dictionary<string, object?>>();
        foreach (var r in s.Jurisdictions)
        {
            var values = new List<object?> { r.Rank, r.Jurisdiction, r.Committed };
            if (quarter) values.Add(r.Expected);
            values.Add(r.Actual);
            values.Add(Pct(r.Completion));
            if (quarter) values.Add(Pct(r.TimeAdjustedCompletion));
            values.AddRange(r.Items.Select(i => (object?)i.Points));
            values.Add(r.Total);
            rows.Add(headers.Zip(values).ToDictionary(x => x.First, x => x.Second));
        }
        if (rows.Count == 0) rows.Add(headers.ToDictionary(h => h, _ => (object?)null));
        return rows;
    }

    private static List<Dictionary<string, object?>> Indicators(BulletinSnapshot s) =>
        [.. s.Indicators.Select(i => new Dictionary<string, object?>
        {
            ["指标"] = i.Name, ["单位"] = i.Unit, ["口径"] = i.Kind == TargetKinds.Flow ? "年内新增" : "年末总量",
            ["年度目标"] = i.Committed, ["力争目标"] = i.Stretch, ["序时目标"] = i.Expected, ["完成数"] = i.Actual,
            ["年度完成率（%）"] = Pct(i.Completion), ["力争完成率（%）"] = Pct(i.StretchCompletion), ["序时完成率（%）"] = Pct(i.TimeAdjustedCompletion),
            ["数据来源"] = i.ActualSource == ActualSources.Computed ? "系统认定记录" : i.ActualNote ?? "手工填报（未填报）",
        })];

    private static List<Dictionary<string, object?>> Info(BulletinSnapshot s)
    {
        var pairs = new List<(string, string)>
        {
            ("标题", s.Title), ("文号", s.Number), ("发文机关", s.IssuingOffice), ("签发日期", ChineseText.DateInWords(s.IssuedOn)),
            ("考核期间", s.PeriodLabel), ("统计截至", ChineseText.Date(s.AsOf)), ("计划", s.PlanName), ("考核方案", s.Scheme.Description),
            ("总体情况", s.Summary.Text),
        };
        pairs.AddRange(s.Notes.Select((n, i) => ($"附注{(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}", n)));
        return [.. pairs.Select(p => new Dictionary<string, object?> { ["项目"] = p.Item1, ["内容"] = p.Item2 })];
    }

    /// <summary>0.7 → 70.0 (percent, one decimal).</summary>
    private static decimal? Pct(decimal? rate) => rate is { } r ? Math.Round(r * 100m, 1, MidpointRounding.AwayFromZero) : null;
}
