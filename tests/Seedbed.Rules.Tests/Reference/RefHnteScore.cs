using Seedbed.Rules.Registry;

using Seedbed.Rules.Assessment;

namespace Seedbed.Rules.Tests.Reference;

/// <summary>The innovation score of hnte-2016 (《工作指引》企业创新能力评价) as a range [min, max] per item.</summary>
internal static class RefHnteScore
{
    private static ScoreItemResult I(RuleRow row, string? band, int min, int max, string message) => new(row.Id, band, min, max, row.Citation, message);

    public static ScoreItemResult Grade(RefHnteWindow w, RuleRow row)
    {
        var bands = row.Bands();
        if (w.Eligible.Count == 0) return I(row, null, 0, 0, "无可用知识产权，此项为0分");
        var s = w.Facts.SelfAssessment;
        var grade = row.Params.GetProperty("grade").GetString() == "techAdvancement" ? s?.TechAdvancement : s?.CoreSupport;
        if (grade is null || bands.All(b => b.Code != grade))
        {
            w.ManualReview.Add($"{row.Clause[..row.Clause.IndexOf('（', StringComparison.Ordinal)]}由技术专家评判，未提供自评等级，按区间计分");
            return I(row, null, 0, row.Whole("max"), "未提供自评等级，按0至满分区间计");
        }
        var b = Band.ByCode(bands, grade);
        return I(row, b.Code, b.Min, b.Max, $"自评等级 {b.Code}");
    }

    public static ScoreItemResult Quantity(RefHnteWindow w, RuleRow row)
    {
        if (w.Eligible.Any(i => IpKinds.ClassOf(i.Kind) == IpClass.One))
        {
            var a = row.Params.GetProperty("classOne");
            return I(row, a.GetProperty("band").GetString(), a.GetProperty("min").GetInt32(), a.GetProperty("max").GetInt32(), "拥有Ⅰ类知识产权");
        }
        var n = w.Eligible.Count(i => IpKinds.ClassOf(i.Kind) == IpClass.Two);
        var b = Band.Pick(row.Bands(), n);
        return I(row, b.Code, b.Min, b.Max, $"可用Ⅱ类知识产权 {RefText.N(n)} 件，无Ⅰ类知识产权");
    }

    public static ScoreItemResult Acquisition(RefHnteWindow w, RuleRow row)
    {
        var bands = row.Bands();
        if (w.Eligible.Count == 0) return I(row, null, 0, 0, "无可用知识产权，此项为0分");
        var b = w.Eligible.Any(i => i.Acquisition == "own") ? bands[0] : bands[1];
        return I(row, b.Code, b.Min, b.Max, b == bands[0] ? "有自主研发的知识产权" : "仅有受让、受赠或并购取得的知识产权");
    }

    public static ScoreItemResult StandardsBonus(RefHnteWindow w, RuleRow row)
    {
        var bands = row.Bands();
        var any = w.Facts.Standards.Any(s => s.Year <= w.Date.Year);
        var b = any ? bands[0] : bands[1];
        return I(row, b.Code, b.Min, b.Max, any ? "参与编制过标准、检测方法或技术规范" : "未登记参与编制标准");
    }

    public static ScoreItemResult Conversion(RefHnteWindow w, RuleRow row)
    {
        if (w.Years.Count == 0) return I(row, null, 0, row.Whole("max"), "没有可计算的会计年度，按区间计");
        var (values, missing) = w.Series(y => y.Conversions);
        if (missing.Count > 0) return I(row, null, 0, row.Whole("max"), $"缺少{RefText.Years(missing)}的科技成果转化数，按区间计");
        var sum = values.Sum();
        var n = w.Years.Count;
        var b = row.Bands().First(x => x.Bound is null || sum >= x.Bound * n);
        return I(row, b.Code, b.Min, b.Max, $"{RefText.Years(w.Years)}科技成果转化 {RefText.N(sum)} 项，年均 {RefText.N(Math.Round(sum / n, 2))} 项");
    }

    public static ScoreItemResult RdManagement(RefHnteWindow w, RuleRow row)
    {
        var s = w.Facts.SelfAssessment;
        (int? Value, int Cap)[] parts = [(s?.RdSystem, row.Whole("system")), (s?.RdInstitution, row.Whole("institution")),
            (s?.RdConversionIncentive, row.Whole("conversionIncentive")), (s?.RdTalent, row.Whole("talent"))];
        var min = parts.Sum(p => p.Value ?? 0);
        var max = parts.Sum(p => p.Value ?? p.Cap);
        if (parts.Any(p => p.Value is null)) w.ManualReview.Add("研究开发组织管理水平由技术专家评判，自评不完整，按区间计分");
        return I(row, null, min, max, parts.All(p => p.Value is not null) ? "按自评分项合计" : "自评不完整，未填写的分项按0至满分计");
    }

    public static ScoreItemResult Growth(RefHnteWindow w, RuleRow row)
    {
        var field = row.Params.GetProperty("field").GetString();
        var label = field == "netAssets" ? "净资产" : "销售收入";
        var (x, missing) = w.Series(y => field == "netAssets" ? y.NetAssets : y.SalesRevenue);
        var bands = row.Bands();
        var f = bands[^1];
        if (w.Years.Count == 0 || missing.Count > 0)
            return I(row, null, 0, row.Whole("max"), w.Years.Count == 0 ? "没有可计算的会计年度，按区间计" : $"缺少{RefText.Years(missing)}的{label}，按区间计");
        // g + 1 = P / Q with Q > 0, so every band edge is compared exactly: g ≥ t ⇔ P ≥ (1 + t)·Q
        decimal p, q;
        string how;
        if (x.Count >= 3)
        {
            var (x1, x2, x3) = (x[0], x[1], x[2]);
            if (x2 <= 0) return I(row, f.Code, f.Min, f.Max, $"第二年{label}为0或负数，按0分计");
            if (x1 <= 0)
            {
                if (x1 < 0) w.ManualReview.Add($"第一年{label}为负数，已按“第一年为0”的规定用后两年计算，请人工核实");
                (p, q, how) = (x3, x2, "第一年为0，按后两年计算");
            }
            else (p, q, how) = (x2 * x2 + x1 * x3, 2 * x1 * x2, "按三年计算");
        }
        else if (x.Count == 2)
        {
            if (x[0] <= 0) return I(row, f.Code, f.Min, f.Max, $"第一年{label}为0或负数，按0分计");
            (p, q, how) = (x[1], x[0], "经营期两年，按两年计算");
        }
        else return I(row, f.Code, f.Min, f.Max, "仅有一个会计年度，无法计算增长率，按0分计");
        var band = bands.First(b => b.Bound is null || (b.Exclusive ? p > (1 + b.Bound.Value) * q : p >= (1 + b.Bound.Value) * q));
        var g = Math.Round(p / q - 1, 4);
        return I(row, band.Code, band.Min, band.Max, $"{label}增长率 {RefText.Pct(g)}（{how}）");
    }
}
