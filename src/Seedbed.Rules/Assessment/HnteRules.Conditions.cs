using System.Globalization;
using Seedbed.Rules.Registry;
using static Seedbed.Rules.Assessment.ConditionStatus;

namespace Seedbed.Rules.Assessment;

/// <summary>hnte-2016 hard conditions (办法 第十一条) on the compiled plan.</summary>
public static partial class HnteRules
{
    private static ConditionResult R(CompiledRow row, ConditionStatus s, object? actual, object? required, string message) =>
        new(row.Id, s, actual, required, row.Citation, message);

    private static ConditionResult RegistrationAge(ref Window w, CompiledRow row)
    {
        var min = row.Whole;
        if (w.Facts.RegisteredOn is not { } reg)
            return KeptCondition(row, 0) ?? Keep(row, 0, R(row, Unknown, null, row.WholeBoxed, "成立日期未知，无法判断是否注册成立满一年"));
        var days = w.Date.DayNumber - reg.DayNumber;
        // a new small result (a table kept by days was slower: its entries are rarely in cache)
        return new HnteAgeResult(row, days >= min ? Pass : Fail, days);
    }

    private static ConditionResult CoreIp(ref Window w, CompiledRow row)
    {
        var min = row.Whole;
        var n = w.Eligible;
        if (n >= min)
            return KeptCondition(row, n) ?? Keep(row, n,
                R(row, Pass, Box(n), row.WholeBoxed, string.Create(Inv, stackalloc char[64], $"拥有 {n} 件可用于认定的知识产权")));
        var none = w.Facts.Ip.Count == 0;
        var need = min - n;
        var gaps = row.KeptGaps;
        var gap = (uint)need < (uint)gaps.Length ? gaps[need] : null;
        if (gap is null)
        {
            gap = new Gap(row.Id, need, "items", string.Create(Inv, stackalloc char[64], $"需取得 {need} 件自有的Ⅰ类或Ⅱ类知识产权（发明专利、实用新型、软件著作权等）"));
            if ((uint)need < (uint)gaps.Length) gaps[need] = gap;
        }
        w.Gap(gap);
        var key = (uint)n < 64 ? 64 + 2 * n + (none ? 0 : 1) : -1;
        return KeptCondition(row, key) ?? Keep(row, key, R(row, Fail, Box(n), row.WholeBoxed, "没有可用于认定的核心知识产权："
            + (none ? "未登记任何知识产权" : "已登记的知识产权均不可用（未授权、仅获许可、商标或Ⅱ类已在以往认定中使用）")));
    }

    internal const string FieldsName = "《国家重点支持的高新技术领域》";

    private static ConditionResult HightechField(ref Window w, CompiledRow row) => w.Facts.HightechField switch
    {
        null => KeptCondition(row, 0) ?? Keep(row, 0, R(row, Unknown, null, FieldsName, "技术领域未填写，无法判断")),
        HightechFields.None => KeptCondition(row, 1)
            ?? Keep(row, 1, R(row, Fail, null, FieldsName, "主要产品（服务）的核心技术不属于《国家重点支持的高新技术领域》")),
        var c when row.FieldResults!.TryGetValue(c, out var pass) => pass,
        var c => R(row, Fail, c, FieldsName, "技术领域代码“" + c + "”不在《国家重点支持的高新技术领域》中"),
    };

    private static ConditionResult TechStaffRatio(ref Window w, CompiledRow row)
    {
        var r = row.Ratio;
        var y = w.LastRow;
        if (!y.Has(YearFacts.EmployeesBit | YearFacts.TechStaffBit))
            return R(row, Unknown, null, row.RatioBoxed, string.Create(Inv, stackalloc char[64], $"缺少{w.LastYear}年度的职工总数或科技人员数"));
        int emp = y.Employees, tech = y.TechStaff;
        if (emp == 0)
        {
            w.Manual(string.Create(Inv, stackalloc char[64], $"{w.LastYear}年度职工总数为0，科技人员占比无法计算，请人工核实"));
            return R(row, Unknown, null, row.RatioBoxed, string.Create(Inv, stackalloc char[64], $"{w.LastYear}年度职工总数为0，无法计算科技人员占比"));
        }
        if (Exact.AtLeastProduct(tech, r, emp))
            return new HnteStaffResult(row, Pass, w.LastYear, tech, emp);
        var need = (int)Exact.CeilQuotient(r * emp - tech, row.OneMinusRatio);
        w.Gap(new HnteRatioGap(row, need, RatioKind.TechStaff));
        return new HnteStaffResult(row, Fail, w.LastYear, tech, emp);
    }

    private static ConditionResult RdExpenseRatio(ref Window w, CompiledRow row)
    {
        if (w.Count == 0) return R(row, Unknown, null, null, "没有可计算的会计年度");
        var missing = w.RdExpense(out var sumRd) | Series(w, Field.SalesRevenue, out var sumSales);
        decimal? last = w.LastRow.Has(YearFacts.SalesBit) ? w.LastRow.Sales : null;
        if (missing != 0 || last is null)
            return R(row, Unknown, null, null, string.Create(Inv, stackalloc char[64], $"缺少{(missing != 0 ? Years(w, missing) : new YearsText(w.LastYear, 1))}的研究开发费用或销售收入"));
        var tiers = row.Tiers;
        var t = 0;
        while (tiers[t].UpTo is { } upTo && !Exact.AtMost(last.Value, upTo)) t++;
        var r = tiers[t].Value;
        if (Exact.IsZero(sumSales))
        {
            w.Manual("近三年销售收入合计为0，研究开发费用占比无法计算，请人工核实");
            return R(row, Unknown, null, row.TierBoxed[t], "近三年销售收入合计为0，无法计算研究开发费用占比");
        }
        var pass = Exact.AtLeastProduct(sumRd, r, sumSales);
        if (!pass) w.Gap(new HnteRatioGap(row, Math.Ceiling(r * sumSales - sumRd), RatioKind.RdExpense));
        return new HnteRdResult(row, pass ? Pass : Fail, t, w.First, All(w), sumRd, sumSales, last.Value);
    }

    private static ConditionResult DomesticRdShare(ref Window w, CompiledRow row)
    {
        var r = row.Ratio;
        if (w.Count == 0) return R(row, Unknown, null, row.RatioBoxed, "没有可计算的会计年度");
        var missing = w.RdExpense(out var sumRd) | Series(w, Field.RdExpenseDomestic, out var sumDom);
        if (missing != 0) return R(row, Unknown, null, row.RatioBoxed, string.Create(Inv, stackalloc char[64], $"缺少{Years(w, missing)}的研究开发费用或境内研究开发费用"));
        if (Exact.IsZero(sumRd)) return R(row, Fail, null, row.RatioBoxed, "近三年研究开发费用合计为0");
        var pass = Exact.AtLeastProduct(sumDom, r, sumRd);
        if (!pass) w.Gap(new HnteRatioGap(row, Exact.CeilQuotient(r * sumRd - sumDom, row.OneMinusRatio), RatioKind.DomesticRd));
        return new HnteDomesticResult(row, pass ? Pass : Fail, sumDom, sumRd);
    }

    private static ConditionResult HightechIncomeRatio(ref Window w, CompiledRow row)
    {
        var r = row.Ratio;
        var y = w.LastRow;
        if (!y.Has(YearFacts.HightechIncomeBit | YearFacts.TotalIncomeBit))
            return R(row, Unknown, null, row.RatioBoxed, string.Create(Inv, stackalloc char[64], $"缺少{w.LastYear}年度的高新技术产品（服务）收入或总收入"));
        decimal hi = y.HightechIncome, ti = y.TotalIncome;
        if (Exact.IsZero(ti))
        {
            w.Manual(string.Create(Inv, stackalloc char[64], $"{w.LastYear}年度总收入为0，高新技术产品（服务）收入占比无法计算，请人工核实"));
            return R(row, Unknown, null, row.RatioBoxed, string.Create(Inv, stackalloc char[64], $"{w.LastYear}年度总收入为0，无法计算占比"));
        }
        var pass = Exact.AtLeastProduct(hi, r, ti);
        if (!pass) w.Gap(new HnteRatioGap(row, Exact.CeilQuotient(r * ti - hi, row.OneMinusRatio), RatioKind.HightechIncome));
        return new HnteIncomeResult(row, pass ? Pass : Fail, w.LastYear, hi, ti);
    }

    private static ConditionResult InnovationScore(ref Window w, CompiledRow row, ScoreResult s)
    {
        var pass = row.Whole;
        // every text here depends only on (min, max): kept per plan row for scores 0..127
        var key = s.Min is >= 0 and < 128 && s.Max is >= 0 and < 128 ? s.Min * 128 + s.Max : -1;
        var status = s.Min >= pass ? Pass : s.Max < pass ? Fail : Unknown;
        if (status == Fail)
        {
            var gaps = row.KeptGaps;
            var gap = (uint)s.Max < (uint)gaps.Length ? gaps[s.Max] : null;
            if (gap is null)
            {
                gap = new Gap(row.Id, pass - s.Max, "points", string.Create(Inv, stackalloc char[64], $"创新能力评价最高只能得 {s.Max} 分，还差 {pass - s.Max} 分"));
                if ((uint)s.Max < (uint)gaps.Length) gaps[s.Max] = gap;
            }
            w.Gap(gap);
        }
        if (KeptCondition(row, key) is { } kept) return kept;
        var range = s.Min == s.Max ? null : string.Create(Inv, stackalloc char[16], $"{s.Min}–{s.Max}");
        var actual = range ?? Box(s.Min);
        return Keep(row, key, R(row, status, actual, row.WholeBoxed, ScoreText(row, s, range, status)));
    }

    private static string ScoreText(CompiledRow row, ScoreResult s, string? range, ConditionStatus status)
    {
        if (status == Pass)
            return range is null
                ? string.Create(Inv, stackalloc char[64], $"创新能力评价得分 {s.Min} 分，不低于 {row.WholeText} 分")
                : string.Create(Inv, stackalloc char[64], $"创新能力评价得分 {range} 分，不低于 {row.WholeText} 分");
        if (status == Fail) return string.Create(Inv, stackalloc char[64], $"创新能力评价得分最高 {s.Max} 分，低于 {row.WholeText} 分");
        return range is null
            ? string.Create(Inv, stackalloc char[64], $"创新能力评价得分在 {s.Min} 分之间，能否达到 {row.WholeText} 分取决于专家评分")
            : string.Create(Inv, stackalloc char[64], $"创新能力评价得分在 {range} 分之间，能否达到 {row.WholeText} 分取决于专家评分");
    }

    private static ConditionResult NoMajorIncident(ref Window w, CompiledRow row)
    {
        var kinds = row.Strings;
        var from = w.Date.AddDays(-row.Whole);
        var incidents = w.Facts.Incidents;
        var hits = 0;
        string? list = null;
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < incidents.Count; i++)
        {
            var h = incidents[i];
            if (Array.IndexOf(kinds, h.Kind) < 0 || h.Date < from || h.Date > w.Date) continue;
            var one = string.Create(Inv, buffer, $"{h.Date:yyyy-MM-dd} {Vocabularies.IncidentKind.LabelOf(h.Kind)}");
            list = hits++ == 0 ? one : list + "；" + one;
        }
        if (hits == 0)
            return KeptCondition(row, 0) ?? Keep(row, 0, R(row, Pass, Box(0), Box(0), "申请认定前一年内未登记重大安全、重大质量事故或严重环境违法行为"));
        return R(row, Fail, Box(hits), Box(0), "申请认定前一年内发生：" + list);
    }

    // ---- innovation score (《工作指引》企业创新能力评价), each item a range [min, max] ----

}
