using Seedbed.Rules.Registry;
using static Seedbed.Rules.Assessment.ConditionStatus;

using Seedbed.Rules.Assessment;

namespace Seedbed.Rules.Tests.Reference;

/// <summary>The hard conditions of hnte-2016 (办法 第十一条), each a pure function of the window and its rule row.</summary>
internal static class RefHnteConditions
{
    private static ConditionResult R(RuleRow row, ConditionStatus s, object? actual, object? required, string message) =>
        new(row.Id, s, actual, required, row.Citation, message);

    public static ConditionResult RegistrationAge(RefHnteWindow w, RuleRow row, List<Gap> gaps)
    {
        var min = row.Whole("minDays");
        if (w.Facts.RegisteredOn is not { } reg) return R(row, Unknown, null, min, "成立日期未知，无法判断是否注册成立满一年");
        var days = w.Date.DayNumber - reg.DayNumber;
        return days >= min
            ? R(row, Pass, days, min, $"已注册成立 {RefText.N(days)} 天，满足 {RefText.N(min)} 天的要求")
            : R(row, Fail, days, min, $"注册成立仅 {RefText.N(days)} 天，还需 {RefText.N(min - days)} 天才满 {RefText.N(min)} 天");
    }

    public static ConditionResult CoreIp(RefHnteWindow w, RuleRow row, List<Gap> gaps)
    {
        var min = row.Whole("minItems");
        var n = w.Eligible.Count;
        if (n >= min) return R(row, Pass, n, min, $"拥有 {RefText.N(n)} 件可用于认定的知识产权");
        var why = w.Facts.Ip.Count == 0 ? "未登记任何知识产权" : "已登记的知识产权均不可用（未授权、仅获许可、商标或Ⅱ类已在以往认定中使用）";
        gaps.Add(new Gap(row.Id, min - n, "items", $"需取得 {RefText.N(min - n)} 件自有的Ⅰ类或Ⅱ类知识产权（发明专利、实用新型、软件著作权等）"));
        return R(row, Fail, n, min, $"没有可用于认定的核心知识产权：{why}");
    }

    public static ConditionResult HightechField(RefHnteWindow w, RuleRow row, List<Gap> gaps) => w.Facts.HightechField switch
    {
        null => R(row, Unknown, null, "《国家重点支持的高新技术领域》", "技术领域未填写，无法判断"),
        HightechFields.None => R(row, Fail, null, "《国家重点支持的高新技术领域》", "主要产品（服务）的核心技术不属于《国家重点支持的高新技术领域》"),
        var c when HightechFields.IsValidCode(c) => R(row, Pass, c, "《国家重点支持的高新技术领域》", $"属于重点领域：{HightechFields.Describe(c)}"),
        var c => R(row, Fail, c, "《国家重点支持的高新技术领域》", $"技术领域代码“{c}”不在《国家重点支持的高新技术领域》中"),
    };

    public static ConditionResult TechStaffRatio(RefHnteWindow w, RuleRow row, List<Gap> gaps)
    {
        var r = row.Number("minRatio");
        var y = w.Facts.Year(w.LastYear);
        if (y?.Employees is not { } emp || y.TechStaff is not { } tech)
            return R(row, Unknown, null, r, $"缺少{w.LastYear}年度的职工总数或科技人员数");
        if (emp == 0)
        {
            w.ManualReview.Add($"{w.LastYear}年度职工总数为0，科技人员占比无法计算，请人工核实");
            return R(row, Unknown, null, r, $"{w.LastYear}年度职工总数为0，无法计算科技人员占比");
        }
        var ratio = RefText.Ratio(tech, emp);
        if (tech >= r * emp) return R(row, Pass, ratio, r, $"{w.LastYear}年科技人员 {RefText.N(tech)} 人，占职工总数 {RefText.N(emp)} 人的 {RefText.Pct(ratio)}，不低于 {RefText.Pct(r)}");
        var need = (int)Math.Ceiling((r * emp - tech) / (1 - r));
        gaps.Add(new Gap(row.Id, need, "people", $"需新增 {RefText.N(need)} 名科技人员（科技人员占比达到 {RefText.Pct(r)}）"));
        return R(row, Fail, ratio, r, $"{w.LastYear}年科技人员 {RefText.N(tech)} 人，占职工总数 {RefText.N(emp)} 人的 {RefText.Pct(ratio)}，低于 {RefText.Pct(r)}");
    }

    public static ConditionResult RdExpenseRatio(RefHnteWindow w, RuleRow row, List<Gap> gaps)
    {
        var tiers = row.Tiers("tiers");
        if (w.Years.Count == 0) return R(row, Unknown, null, null, "没有可计算的会计年度");
        var (rd, rdMissing) = w.Series(y => y.RdExpense);
        var (sales, salesMissing) = w.Series(y => y.SalesRevenue);
        var missing = rdMissing.Union(salesMissing).Order().ToList();
        var last = w.Facts.Year(w.LastYear)?.SalesRevenue;
        if (missing.Count > 0 || last is null)
            return R(row, Unknown, null, null, $"缺少{RefText.Years(missing.DefaultIfEmpty(w.LastYear))}的研究开发费用或销售收入");
        var r = Tier.Pick(tiers, last.Value);
        decimal sumRd = rd.Sum(), sumSales = sales.Sum();
        if (sumSales == 0)
        {
            w.ManualReview.Add("近三年销售收入合计为0，研究开发费用占比无法计算，请人工核实");
            return R(row, Unknown, null, r, "近三年销售收入合计为0，无法计算研究开发费用占比");
        }
        var ratio = RefText.Ratio(sumRd, sumSales);
        var basis = $"{RefText.Years(w.Years)}研究开发费用合计 {RefText.Yuan(sumRd)}，占销售收入合计 {RefText.Yuan(sumSales)} 的 {RefText.Pct(ratio)}；最近一年销售收入 {RefText.Yuan(last.Value)}，要求不低于 {RefText.Pct(r)}";
        if (sumRd >= r * sumSales) return R(row, Pass, ratio, r, basis);
        var gap = RefText.CeilYuan(r * sumSales - sumRd);
        gaps.Add(new Gap(row.Id, gap, "yuan", $"研发费用还差 {RefText.Yuan(gap)}"));
        return R(row, Fail, ratio, r, basis);
    }

    public static ConditionResult DomesticRdShare(RefHnteWindow w, RuleRow row, List<Gap> gaps)
    {
        var r = row.Number("minRatio");
        if (w.Years.Count == 0) return R(row, Unknown, null, r, "没有可计算的会计年度");
        var (rd, m1) = w.Series(y => y.RdExpense);
        var (dom, m2) = w.Series(y => y.RdExpenseDomestic);
        var missing = m1.Union(m2).Order().ToList();
        if (missing.Count > 0) return R(row, Unknown, null, r, $"缺少{RefText.Years(missing)}的研究开发费用或境内研究开发费用");
        decimal sumRd = rd.Sum(), sumDom = dom.Sum();
        if (sumRd == 0) return R(row, Fail, null, r, "近三年研究开发费用合计为0");
        var ratio = RefText.Ratio(sumDom, sumRd);
        var basis = $"境内研究开发费用 {RefText.Yuan(sumDom)}，占研究开发费用合计 {RefText.Yuan(sumRd)} 的 {RefText.Pct(ratio)}，要求不低于 {RefText.Pct(r)}";
        if (sumDom >= r * sumRd) return R(row, Pass, ratio, r, basis);
        var gap = RefText.CeilYuan((r * sumRd - sumDom) / (1 - r));
        gaps.Add(new Gap(row.Id, gap, "yuan", $"境内研发费用还需增加 {RefText.Yuan(gap)}"));
        return R(row, Fail, ratio, r, basis);
    }

    public static ConditionResult HightechIncomeRatio(RefHnteWindow w, RuleRow row, List<Gap> gaps)
    {
        var r = row.Number("minRatio");
        var y = w.Facts.Year(w.LastYear);
        if (y?.HightechIncome is not { } hi || y.TotalIncome is not { } ti)
            return R(row, Unknown, null, r, $"缺少{w.LastYear}年度的高新技术产品（服务）收入或总收入");
        if (ti == 0)
        {
            w.ManualReview.Add($"{w.LastYear}年度总收入为0，高新技术产品（服务）收入占比无法计算，请人工核实");
            return R(row, Unknown, null, r, $"{w.LastYear}年度总收入为0，无法计算占比");
        }
        var ratio = RefText.Ratio(hi, ti);
        var basis = $"{w.LastYear}年高新技术产品（服务）收入 {RefText.Yuan(hi)}，占总收入 {RefText.Yuan(ti)} 的 {RefText.Pct(ratio)}，要求不低于 {RefText.Pct(r)}";
        if (hi >= r * ti) return R(row, Pass, ratio, r, basis);
        var gap = RefText.CeilYuan((r * ti - hi) / (1 - r));
        gaps.Add(new Gap(row.Id, gap, "yuan", $"高新技术产品（服务）收入还需增加 {RefText.Yuan(gap)}"));
        return R(row, Fail, ratio, r, basis);
    }

    public static ConditionResult NoMajorIncident(RefHnteWindow w, RuleRow row, List<Gap> gaps)
    {
        var kinds = row.Strings("kinds");
        var from = w.Date.AddDays(-row.Whole("days"));
        var hits = w.Facts.Incidents.Where(i => kinds.Contains(i.Kind) && i.Date >= from && i.Date <= w.Date).ToList();
        if (hits.Count == 0) return R(row, Pass, 0, 0, "申请认定前一年内未登记重大安全、重大质量事故或严重环境违法行为");
        var list = string.Join("；", hits.Select(h => $"{h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} {Vocabularies.IncidentKind.LabelOf(h.Kind)}"));
        return R(row, Fail, hits.Count, 0, $"申请认定前一年内发生：{list}");
    }
}
