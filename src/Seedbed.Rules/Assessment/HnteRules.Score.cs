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
        if (w.Eligible == 0) return KeptItem(row, 0) ?? Keep(row, 0, I(row, null, 0, 0, "无可用知识产权，此项为0分"));
        var s = w.Facts.SelfAssessment;
        var grade = row.TechAdvancement ? s?.TechAdvancement : s?.CoreSupport;
        var bands = row.Bands;
        var i = 0;
        if (grade is not null)
            while (i < bands.Length && bands[i].Code != grade) i++;
        if (grade is null || i == bands.Length)
        {
            w.Manual(row.GradeReview ?? $"{row.Row.Clause[..row.Row.Clause.IndexOf('（', StringComparison.Ordinal)]}由技术专家评判，未提供自评等级，按区间计分");
            return KeptItem(row, 1) ?? Keep(row, 1, I(row, null, 0, row.Max, "未提供自评等级，按0至满分区间计"));
        }
        var b = bands[i];
        return KeptItem(row, 2 + i) ?? Keep(row, 2 + i, I(row, b.Code, b.Min, b.Max, row.BandTexts[i]));
    }

    private static ScoreItemResult Quantity(ref Window w, CompiledRow row)
    {
        if (w.EligibleClassOne)
            return KeptItem(row, 0) ?? Keep(row, 0, I(row, row.ClassOne.Band, row.ClassOne.Min, row.ClassOne.Max, "拥有Ⅰ类知识产权"));
        var n = w.EligibleClassTwo;
        if (KeptItem(row, 1 + n) is { } kept) return kept;
        var b = Pick(row.Bands, n);
        return Keep(row, 1 + n, I(row, b.Code, b.Min, b.Max, string.Create(Inv, stackalloc char[32], $"可用Ⅱ类知识产权 {n} 件，无Ⅰ类知识产权")));
    }

    private static Band Pick(Band[] bands, decimal x)
    {
        foreach (var b in bands) if (b.Holds(x)) return b;
        throw new InvalidOperationException("Sequence contains no matching element");
    }

    private static ScoreItemResult Acquisition(ref Window w, CompiledRow row)
    {
        var bands = row.Bands;
        var key = w.Eligible == 0 ? 0 : w.EligibleOwn ? 1 : 2;
        if (KeptItem(row, key) is { } kept) return kept;
        if (key == 0) return Keep(row, 0, I(row, null, 0, 0, "无可用知识产权，此项为0分"));
        var b = w.EligibleOwn ? bands[0] : bands[1];
        return Keep(row, key, I(row, b.Code, b.Min, b.Max, b == bands[0] ? "有自主研发的知识产权" : "仅有受让、受赠或并购取得的知识产权"));
    }

    private static ScoreItemResult StandardsBonus(ref Window w, CompiledRow row)
    {
        var bands = row.Bands;
        var standards = w.Facts.Standards;
        var any = false;
        for (var i = 0; i < standards.Count && !any; i++) any = standards[i].Year <= w.Date.Year;
        var key = any ? 0 : 1;
        if (KeptItem(row, key) is { } kept) return kept;
        var b = any ? bands[0] : bands[1];
        return Keep(row, key, I(row, b.Code, b.Min, b.Max, any ? "参与编制过标准、检测方法或技术规范" : "未登记参与编制标准"));
    }

    private static ScoreItemResult Conversion(ref Window w, CompiledRow row)
    {
        if (w.Count == 0) return KeptItem(row, 0) ?? Keep(row, 0, I(row, null, 0, row.Max, "没有可计算的会计年度，按区间计"));
        var missing = Conversions(w, out var sum);
        if (missing != 0) return I(row, null, 0, row.Max, string.Create(Inv, stackalloc char[64], $"缺少{Years(w, missing)}的科技成果转化数，按区间计"));
        var n = w.Count;
        Band? b = null;
        var whole = row.WholeBounds;
        for (var i = 0; i < row.Bands.Length && b is null; i++)
        {
            var x = row.Bands[i];
            // sum ≥ bound·n in integers when the bounds are whole (sum of at most three ints, bounds below 10^6: no overflow)
            if (x.Bound is null || (whole is not null ? sum >= whole[i] * n : sum >= x.Bound * n)) b = x;
        }
        if (b is null) throw new InvalidOperationException("Sequence contains no matching element");
        return sum >= 0
            ? KeptConversion(row, b, w.First, n, sum)
            : I(row, b.Code, b.Min, b.Max, string.Create(Inv, stackalloc char[64], $"{Years(w, All(w))}科技成果转化 {sum} 项，年均 {new NumText(Math.Round((decimal)sum / n, 2))} 项"));
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
        var key = min is >= 0 and < 32 && max is >= 0 and < 32 ? (min * 32 + max) * 2 + (complete ? 1 : 0) : -1;
        return KeptItem(row, key)
            ?? Keep(row, key, I(row, null, min, max, complete ? "按自评分项合计" : "自评不完整，未填写的分项按0至满分计"));
    }

    /// <summary>The conversion item for (first year, years, sum), kept for small sums (checked on use).</summary>
    private static ScoreItemResult KeptConversion(CompiledRow row, Band band, int first, int count, long sum)
    {
        var key = sum is >= 0 and < 64 ? 1 + (((first & 15) * 4 + count) * 64 + (int)sum) : -1;
        if (KeptItem(row, key) is HnteConversionItem kept && kept.First == first && kept.Count == count && kept.Sum == sum) return kept;
        return Keep(row, key, new HnteConversionItem(row, band, first, count, sum));
    }

    /// <summary>The sum of the conversions over the window (ints, as the decimal sum of the rules), or the bit set of the years where they are missing.</summary>
    private static int Conversions(in Window w, out long sum)
    {
        sum = 0;
        var missing = 0;
        for (var k = 0; k < w.Count; k++)
        {
            var y = k == 0 ? w.R0 : k == 1 ? w.R1 : w.R2;
            if (y.Has(YearFacts.ConversionsBit)) sum += y.Conversions;
            else missing |= 1 << k;
        }
        return missing;
    }
}
