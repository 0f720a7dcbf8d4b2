using System.Globalization;
using Seedbed.Rules.Registry;
using static Seedbed.Rules.Assessment.ConditionStatus;

namespace Seedbed.Rules.Assessment;

/// <summary>hnte-2016 innovation score items (《工作指引》企业创新能力评价) on the compiled plan.</summary>
public static partial class HnteRules
{
    private static ScoreItemResult I(CompiledRow row, string? band, int min, int max, string message) => new(row.Id, band, min, max, row.Citation, message);

    private static ScoreItemResult Grade(ref Window w, CompiledRow row)
    {
        if (w.Eligible == 0) return I(row, null, 0, 0, "无可用知识产权，此项为0分");
        var s = w.Facts.SelfAssessment;
        var grade = row.TechAdvancement ? s?.TechAdvancement : s?.CoreSupport;
        Band? b = null;
        if (grade is not null)
            foreach (var x in row.Bands)
                if (x.Code == grade) { b = x; break; }
        if (b is null)
        {
            w.Manual(row.GradeReview ?? $"{row.Row.Clause[..row.Row.Clause.IndexOf('（', StringComparison.Ordinal)]}由技术专家评判，未提供自评等级，按区间计分");
            return I(row, null, 0, row.Max, "未提供自评等级，按0至满分区间计");
        }
        return I(row, b.Code, b.Min, b.Max, "自评等级 " + b.Code);
    }

    private static ScoreItemResult Quantity(ref Window w, CompiledRow row)
    {
        if (w.EligibleClassOne) return I(row, row.ClassOne.Band, row.ClassOne.Min, row.ClassOne.Max, "拥有Ⅰ类知识产权");
        var n = w.EligibleClassTwo;
        var b = Pick(row.Bands, n);
        return I(row, b.Code, b.Min, b.Max, $"可用Ⅱ类知识产权 {Text.N(n)} 件，无Ⅰ类知识产权");
    }

    private static Band Pick(Band[] bands, decimal x)
    {
        foreach (var b in bands) if (b.Holds(x)) return b;
        throw new InvalidOperationException("Sequence contains no matching element");
    }

    private static ScoreItemResult Acquisition(ref Window w, CompiledRow row)
    {
        var bands = row.Bands;
        if (w.Eligible == 0) return I(row, null, 0, 0, "无可用知识产权，此项为0分");
        var b = w.EligibleOwn ? bands[0] : bands[1];
        return I(row, b.Code, b.Min, b.Max, b == bands[0] ? "有自主研发的知识产权" : "仅有受让、受赠或并购取得的知识产权");
    }

    private static ScoreItemResult StandardsBonus(ref Window w, CompiledRow row)
    {
        var bands = row.Bands;
        var standards = w.Facts.Standards;
        var any = false;
        for (var i = 0; i < standards.Count && !any; i++) any = standards[i].Year <= w.Date.Year;
        var b = any ? bands[0] : bands[1];
        return I(row, b.Code, b.Min, b.Max, any ? "参与编制过标准、检测方法或技术规范" : "未登记参与编制标准");
    }

    private static ScoreItemResult Conversion(ref Window w, CompiledRow row)
    {
        if (w.Count == 0) return I(row, null, 0, row.Max, "没有可计算的会计年度，按区间计");
        var missing = Series(w, Field.Conversions, out var sum);
        if (missing != 0) return I(row, null, 0, row.Max, $"缺少{Years(w, missing)}的科技成果转化数，按区间计");
        var n = w.Count;
        Band? b = null;
        foreach (var x in row.Bands) if (x.Bound is null || sum >= x.Bound * n) { b = x; break; }
        if (b is null) throw new InvalidOperationException("Sequence contains no matching element");
        return I(row, b.Code, b.Min, b.Max, $"{Years(w, All(w))}科技成果转化 {Text.N(sum)} 项，年均 {Text.N(Math.Round(sum / n, 2))} 项");
    }

    private static ScoreItemResult RdManagement(ref Window w, CompiledRow row)
    {
        var s = w.Facts.SelfAssessment;
        var caps = row.Caps;
        int? a = s?.RdSystem, b = s?.RdInstitution, c = s?.RdConversionIncentive, d = s?.RdTalent;
        var min = (a ?? 0) + (b ?? 0) + (c ?? 0) + (d ?? 0);
        var max = (a ?? caps[0]) + (b ?? caps[1]) + (c ?? caps[2]) + (d ?? caps[3]);
        var complete = a is not null && b is not null && c is not null && d is not null;
        if (!complete) w.Manual("研究开发组织管理水平由技术专家评判，自评不完整，按区间计分");
        return I(row, null, min, max, complete ? "按自评分项合计" : "自评不完整，未填写的分项按0至满分计");
    }

    private static ScoreItemResult Growth(ref Window w, CompiledRow row)
    {
        var label = row.NetAssets ? "净资产" : "销售收入";
        var field = row.NetAssets ? Field.NetAssets : Field.SalesRevenue;
        var missing = Series(w, field, out _);
        var bands = row.Bands;
        var f = bands[^1];
        if (w.Count == 0 || missing != 0)
            return I(row, null, 0, row.Max, w.Count == 0 ? "没有可计算的会计年度，按区间计" : $"缺少{Years(w, missing)}的{label}，按区间计");
        // g + 1 = P / Q with Q > 0, so every band edge is compared exactly: g ≥ t ⇔ P ≥ (1 + t)·Q
        decimal p, q;
        string how;
        if (w.Count >= 3)
        {
            decimal x1 = Get(w.Y0!, field)!.Value, x2 = Get(w.Y1!, field)!.Value, x3 = Get(w.Y2!, field)!.Value;
            if (x2 <= 0) return I(row, f.Code, f.Min, f.Max, $"第二年{label}为0或负数，按0分计");
            if (x1 <= 0)
            {
                if (x1 < 0) w.Manual($"第一年{label}为负数，已按“第一年为0”的规定用后两年计算，请人工核实");
                (p, q, how) = (x3, x2, "第一年为0，按后两年计算");
            }
            else (p, q, how) = (x2 * x2 + x1 * x3, 2 * x1 * x2, "按三年计算");
        }
        else if (w.Count == 2)
        {
            decimal x1 = Get(w.Y0!, field)!.Value, x2 = Get(w.Y1!, field)!.Value;
            if (x1 <= 0) return I(row, f.Code, f.Min, f.Max, $"第一年{label}为0或负数，按0分计");
            (p, q, how) = (x2, x1, "经营期两年，按两年计算");
        }
        else return I(row, f.Code, f.Min, f.Max, "仅有一个会计年度，无法计算增长率，按0分计");
        Band? band = null;
        foreach (var b in bands)
            if (b.Bound is null || (b.Exclusive ? p > (1 + b.Bound.Value) * q : p >= (1 + b.Bound.Value) * q)) { band = b; break; }
        if (band is null) throw new InvalidOperationException("Sequence contains no matching element");
        var g = Math.Round(p / q - 1, 4);
        return I(row, band.Code, band.Min, band.Max, $"{label}增长率 {Text.Pct(g)}（{how}）");
    }
}
