using Seedbed.Rules.Registry;
using static Seedbed.Rules.Assessment.ConditionStatus;

namespace Seedbed.Rules.Assessment;

/// <summary>
/// The local rule sets without a score: zj-tech-sme-2016 (浙江省科技型中小企业) and hz-hnte-2016 (杭州市高新技术企业).
/// Shared condition kinds reuse the hnte-2016 functions; rows of kind <c>manual-check</c> only add a manual-review note.
/// </summary>
public static class LocalRules
{
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>
    {
        "registration-age", "hightech-field", "tech-staff-ratio", "hightech-income-ratio", "no-major-incident",
        "rd-ratio-last-year", "own-ip-any", "innovation-spending", "sme-size-general", "no-incident-prior-year", "manual-check",
    };

    public static EnterpriseAssessment Evaluate(EnterpriseFacts f, DateOnly date, RuleSet rules)
    {
        var w = new HnteWindow(f, date, rules);
        var gaps = new List<Gap>();
        var conditions = new List<ConditionResult>();
        foreach (var row in rules.Rules)
        {
            ConditionResult? c = row.Kind switch
            {
                "registration-age" => HnteConditions.RegistrationAge(w, row, gaps),
                "hightech-field" => HnteConditions.HightechField(w, row, gaps),
                "tech-staff-ratio" => HnteConditions.TechStaffRatio(w, row, gaps),
                "hightech-income-ratio" => HnteConditions.HightechIncomeRatio(w, row, gaps),
                "no-major-incident" => HnteConditions.NoMajorIncident(w, row, gaps),
                "rd-ratio-last-year" => RdRatioLastYear(w, row, gaps),
                "own-ip-any" => OwnIpAny(w, row, gaps),
                "innovation-spending" => InnovationSpending(w, row),
                "sme-size-general" => SizeGeneral(w, row),
                "no-incident-prior-year" => NoIncidentPriorYear(w, row),
                "manual-check" => Manual(w, row),
                _ => throw new InvalidOperationException($"规则集 {rules.Id} 的规则 {row.Id} 使用了未实现的类型 {row.Kind}"),
            };
            if (c is not null) conditions.Add(c);
        }
        return new EnterpriseAssessment(f.Uscc, EnterpriseAssessment.Combine(conditions.Select(c => c.Status)), Route.Score,
            conditions, null, gaps, w.ManualReview.Distinct().ToList());
    }

    private static ConditionResult R(RuleRow row, ConditionStatus s, object? actual, object? required, string message) => new(row.Id, s, actual, required, row.Citation, message);

    private static ConditionResult? Manual(HnteWindow w, RuleRow row)
    {
        w.ManualReview.Add($"{row.Citation}：{row.Clause}（需人工核实）");
        return null;
    }

    private static ConditionResult RdRatioLastYear(HnteWindow w, RuleRow row, List<Gap> gaps)
    {
        var y = w.Facts.Year(w.LastYear);
        if (y?.RdExpense is not { } rd || y.SalesRevenue is not { } sales) return R(row, Unknown, null, null, $"缺少{w.LastYear}年度研究开发费用或销售收入");
        var r = Tier.Pick(row.Tiers("tiers"), sales);
        if (sales == 0)
        {
            w.ManualReview.Add($"{w.LastYear}年度销售收入为0，研究开发费用占比无法计算，请人工核实");
            return R(row, Unknown, null, r, $"{w.LastYear}年度销售收入为0");
        }
        var ratio = Text.Ratio(rd, sales);
        var basis = $"{w.LastYear}年研究开发费用 {Text.Yuan(rd)}，占销售收入 {Text.Yuan(sales)} 的 {Text.Pct(ratio)}，要求不低于 {Text.Pct(r)}";
        if (rd >= r * sales) return R(row, Pass, ratio, r, basis);
        var gap = Text.CeilYuan(r * sales - rd);
        gaps.Add(new Gap(row.Id, gap, "yuan", $"研发费用还差 {Text.Yuan(gap)}"));
        return R(row, Fail, ratio, r, basis);
    }

    private static ConditionResult OwnIpAny(HnteWindow w, RuleRow row, List<Gap> gaps)
    {
        var statuses = row.Strings("statuses");
        var n = w.Facts.Ip.Count(i => statuses.Contains(i.Status) && i.Acquisition != "license") + w.Facts.Standards.Count(s => s.Year <= w.Date.Year);
        if (n > 0) return R(row, Pass, n, 1, $"拥有 {Text.N(n)} 项自主知识产权、专利申请、商标或标准");
        gaps.Add(new Gap(row.Id, 1, "items", "需取得或申请至少 1 项自主知识产权（专利申请、软件著作权、商标或标准均可）"));
        return R(row, Fail, 0, 1, "未登记自主知识产权、专利申请、商标或标准");
    }

    private static ConditionResult InnovationSpending(HnteWindow w, RuleRow row)
    {
        var rd = w.Facts.Year(w.LastYear)?.RdExpense;
        return rd switch
        {
            null => R(row, Unknown, null, null, $"缺少{w.LastYear}年度研究开发费用"),
            > 0 => R(row, Pass, rd, null, $"{w.LastYear}年研究开发费用 {Text.Yuan(rd.Value)}"),
            _ => R(row, Fail, rd, null, $"{w.LastYear}年没有科技创新经费投入"),
        };
    }

    private static ConditionResult SizeGeneral(HnteWindow w, RuleRow row)
    {
        int maxEmp = row.Whole("employeesBelow");
        decimal maxRevenue = row.Number("revenueBelow");
        var required = $"职工少于{Text.N(maxEmp)}人或营业收入低于{Text.Yuan(maxRevenue)}";
        var y = w.Facts.Year(w.LastYear);
        w.ManualReview.Add($"{row.Citation}：中小企业划型按行业不同，此处按工业标准（{required}）判断，请按企业所属行业复核");
        if (y?.Employees < maxEmp || y?.SalesRevenue < maxRevenue) return R(row, Pass, null, required, "属于中小微型企业（按工业标准）");
        if (y?.Employees is null || y.SalesRevenue is null) return R(row, Unknown, null, required, $"缺少{w.LastYear}年度职工总数或营业收入");
        return R(row, Fail, null, required, $"{w.LastYear}年职工 {Text.N(y.Employees.Value)} 人、营业收入 {Text.Yuan(y.SalesRevenue.Value)}，超过中小企业标准");
    }

    private static ConditionResult NoIncidentPriorYear(HnteWindow w, RuleRow row)
    {
        var kinds = row.Strings("kinds");
        var hits = w.Facts.Incidents.Where(i => kinds.Contains(i.Kind) && i.Date.Year == w.LastYear).ToList();
        if (hits.Count == 0) return R(row, Pass, 0, 0, $"{w.LastYear}年未登记重大事故、严重环境违法或严重失信行为");
        return R(row, Fail, hits.Count, 0, $"{w.LastYear}年发生：{string.Join("；", hits.Select(h => Vocabularies.IncidentKind.LabelOf(h.Kind)))}");
    }
}

/// <summary>Dispatches a rule set to its evaluator by id (exhaustive: an unknown id is an error, never a silent "fail").</summary>
public static class RuleEngine
{
    public static IReadOnlySet<string> KindsOf(string ruleSetId) => ruleSetId switch
    {
        HnteRules.Id => HnteRules.Kinds,
        TechSmeRules.Id => TechSmeRules.Kinds,
        "zj-tech-sme-2016" or "hz-hnte-2016" => LocalRules.Kinds,
        _ => throw new ArgumentOutOfRangeException(nameof(ruleSetId), ruleSetId, "未知的规则集"),
    };

    public static EnterpriseAssessment Evaluate(EnterpriseFacts facts, DateOnly date, RuleSet rules) => rules.Id switch
    {
        HnteRules.Id => HnteRules.Evaluate(facts, date, rules),
        TechSmeRules.Id => TechSmeRules.Evaluate(facts, date, rules),
        "zj-tech-sme-2016" or "hz-hnte-2016" => LocalRules.Evaluate(facts, date, rules),
        _ => throw new ArgumentOutOfRangeException(nameof(rules), rules.Id, "未知的规则集"),
    };
}
