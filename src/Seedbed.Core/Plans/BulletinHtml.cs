using Seedbed.Core.Common;

namespace Seedbed.Core.Plans;

/// <summary>
/// A bulletin as a self-contained A4 HTML document in the usual layout of a Chinese government bulletin (GB/T 9704 in spirit):
/// red issuing-office header and rule, 文号, title centred, 主送, body with the summary paragraph, the jurisdiction table
/// (targets, actuals, completion rates, points, ranks), the indicators, notes, and 落款 (office, date in words). Built only
/// from the snapshot; printed to PDF by <see cref="ChromiumPdf"/>.
/// </summary>
public static class BulletinHtml
{
    private const string Css = """
        @page { size: A4; margin: 30mm 24mm 25mm 24mm; }
        html, body { margin: 0; padding: 0; }
        body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", serif; font-size: 12pt; line-height: 1.75; color: #000; }
        .office { color: #c00; text-align: center; font-size: 26pt; font-weight: bold; letter-spacing: 2pt; margin: 0 0 6mm 0; }
        .number { text-align: center; font-size: 12pt; margin: 0 0 2mm 0; }
        .rule { border: 0; border-top: 2pt solid #c00; margin: 0 0 8mm 0; }
        h1 { text-align: center; font-size: 18pt; font-weight: bold; line-height: 1.5; margin: 0 0 6mm 0; text-wrap: balance; }
        h2 { font-size: 13pt; font-weight: bold; margin: 4mm 0 2mm 0; }
        p { margin: 0 0 2mm 0; text-indent: 2em; text-align: justify; }
        p.to { text-indent: 0; }
        table { width: 100%; border-collapse: collapse; font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif; font-size: 9pt; line-height: 1.35; margin: 2mm 0 4mm 0; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 0.75pt solid #000; padding: 1.2mm 1mm; text-align: center; }
        th { font-weight: bold; background: #f2f2f2; }
        td.name { text-align: left; }
        th.nw, td.nw { white-space: nowrap; }
        caption { caption-side: top; font-size: 10pt; font-weight: bold; padding-bottom: 1mm; }
        ol.notes { font-size: 10pt; line-height: 1.6; margin: 0 0 6mm 0; padding-left: 2em; }
        .sign { text-align: right; margin-top: 12mm; padding-right: 4em; line-height: 2; break-inside: avoid; }
        """;

    public static string Build(BulletinSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var h = new HtmlBuilder();
        h.Raw("<!DOCTYPE html>").Open("html", ("lang", "zh-CN")).Open("head").Raw("<meta charset=\"utf-8\">")
            .Element("title", $"{s.Number} {s.Title}").Open("style").Raw(Css).Close().Close();
        h.Open("body");
        h.Element("div", s.IssuingOffice, "office");
        h.Element("div", s.Number, "number");
        h.Raw("<hr class=\"rule\">");
        h.Element("h1", s.Title);
        h.Element("p", "各街道（园区）：", "to");
        h.Element("p", $"根据《{Unquote(s.PlanName)}》和“{s.Scheme.Name}”考核方案，现将{s.PeriodLabel}全区{HeadlineName(s)}培育工作进展及考核情况通报如下：");
        h.Element("h2", "一、总体情况");
        h.Element("p", s.Summary.Text);
        h.Element("h2", "二、各街道（园区）完成及考核情况");
        JurisdictionTable(h, s);
        h.Element("h2", "三、主要指标完成情况");
        IndicatorTable(h, s);
        h.Element("p", "请各街道（园区）对照任务分解表和考核结果，查找差距，加快培育进度，确保完成年度目标任务。");
        h.Element("h2", "附注");
        h.Open("ol", ("class", "notes"));
        foreach (var n in s.Notes) h.Element("li", n);
        h.Close();
        h.Open("div", ("class", "sign")).Element("div", s.IssuingOffice).Element("div", ChineseText.DateInWords(s.IssuedOn)).Close();
        h.Close().Close();
        return h.ToString();
    }

    /// <summary>The jurisdiction table's column headers (shared with the workbook).</summary>
    public static IReadOnlyList<string> JurisdictionHeaders(BulletinSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var unit = s.Indicators.FirstOrDefault(i => i.Code == s.Headline)?.Unit ?? "";
        var quarter = s.Period.Contains('Q', StringComparison.Ordinal);
        var list = new List<string> { "排名", "属地", $"年度任务数（{unit}）" };
        if (quarter) list.Add($"序时任务数（{unit}）");
        list.Add($"完成数（{unit}）");
        list.Add("年度完成率");
        if (quarter) list.Add("序时完成率");
        list.AddRange(s.Scheme.Items.Select(i => $"{i.IndicatorName}得分（{ChineseText.Number(i.Weight)}分）"));
        list.Add("总分");
        return list;
    }

    /// <summary>One row of the jurisdiction table as text, in the order of <see cref="JurisdictionHeaders"/>.</summary>
    public static IReadOnlyList<string> JurisdictionCells(BulletinSnapshot s, SnapshotJurisdiction r)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(r);
        var quarter = s.Period.Contains('Q', StringComparison.Ordinal);
        var list = new List<string> { ChineseText.Number(r.Rank), r.Jurisdiction, ChineseText.Number(r.Committed) };
        if (quarter) list.Add(ChineseText.Number(r.Expected));
        list.Add(ChineseText.Number(r.Actual));
        list.Add(ChineseText.Percent(r.Completion));
        if (quarter) list.Add(ChineseText.Percent(r.TimeAdjustedCompletion));
        list.AddRange(r.Items.Select(i => ChineseText.Points(i.Points)));
        list.Add(ChineseText.Points(r.Total));
        return list;
    }

    private static void JurisdictionTable(HtmlBuilder h, BulletinSnapshot s)
    {
        h.Open("table", ("class", "jurisdictions")).Element("caption", $"{s.PeriodLabel}各街道（园区）{HeadlineName(s)}培育完成及考核得分情况");
        h.Open("thead").Open("tr");
        var headers = JurisdictionHeaders(s);
        for (var i = 0; i < headers.Count; i++) h.Element("th", headers[i], i < 2 ? "nw" : null);
        h.Close().Close().Open("tbody");
        foreach (var r in s.Jurisdictions)
        {
            h.Open("tr");
            var cells = JurisdictionCells(s, r);
            for (var i = 0; i < cells.Count; i++) h.Element("td", cells[i], i == 1 ? "name nw" : i == 0 ? "nw" : null);
            h.Close();
        }
        h.Close().Close();
    }

    private static void IndicatorTable(HtmlBuilder h, BulletinSnapshot s)
    {
        h.Open("table", ("class", "indicators")).Open("thead").Open("tr");
        foreach (var c in IndicatorHeaders) h.Element("th", c);
        h.Close().Close().Open("tbody");
        foreach (var i in s.Indicators.Where(i => i.Committed is not null || i.Actual is not null))
        {
            h.Open("tr").Element("td", i.Name, "name").Element("td", i.Unit).Element("td", ChineseText.Number(i.Committed))
                .Element("td", ChineseText.Number(i.Actual)).Element("td", ChineseText.Percent(i.Completion)).Close();
        }
        h.Close().Close();
    }

    public static readonly IReadOnlyList<string> IndicatorHeaders = ["指标", "单位", "年度目标", "完成数", "年度完成率"];

    public static string HeadlineName(BulletinSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Indicators.FirstOrDefault(i => i.Code == s.Headline)?.Name ?? "高新技术企业";
    }

    private static string Unquote(string name) => name.Trim('《', '》');
}
