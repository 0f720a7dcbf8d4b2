namespace Seedbed.Rules.Assessment;

/// <summary>hnte-2016: 国家高新技术企业认定 (国科发火〔2016〕32号 第十一条 + 195号《工作指引》). Pure: facts and date in, result out.</summary>
public static class HnteRules
{
    public const string Id = "hnte-2016";

    /// <summary>The rule kinds this evaluator implements (a test checks every row of the rule data against it).</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>
    {
        "registration-age", "core-ip", "hightech-field", "tech-staff-ratio", "rd-expense-ratio", "domestic-rd-share",
        "hightech-income-ratio", "innovation-score", "no-major-incident",
        "grade", "ip-quantity", "ip-acquisition", "standards-bonus", "conversion", "rd-management", "growth",
    };

    public static EnterpriseAssessment Evaluate(EnterpriseFacts facts, DateOnly date, RuleSet rules)
    {
        var w = new HnteWindow(facts, date, rules);
        var gaps = new List<Gap>();
        var items = new List<ScoreItemResult>();
        foreach (var row in rules.Rules)
        {
            ScoreItemResult? item = row.Kind switch
            {
                "grade" => HnteScore.Grade(w, row),
                "ip-quantity" => HnteScore.Quantity(w, row),
                "ip-acquisition" => HnteScore.Acquisition(w, row),
                "standards-bonus" => HnteScore.StandardsBonus(w, row),
                "conversion" => HnteScore.Conversion(w, row),
                "rd-management" => HnteScore.RdManagement(w, row),
                "growth" => HnteScore.Growth(w, row),
                _ => null,
            };
            if (item is not null) items.Add(item);
        }
        var score = Total(rules, items);

        var conditions = new List<ConditionResult>();
        foreach (var row in rules.Rules)
        {
            ConditionResult? c = row.Kind switch
            {
                "registration-age" => HnteConditions.RegistrationAge(w, row, gaps),
                "core-ip" => HnteConditions.CoreIp(w, row, gaps),
                "hightech-field" => HnteConditions.HightechField(w, row, gaps),
                "tech-staff-ratio" => HnteConditions.TechStaffRatio(w, row, gaps),
                "rd-expense-ratio" => HnteConditions.RdExpenseRatio(w, row, gaps),
                "domestic-rd-share" => HnteConditions.DomesticRdShare(w, row, gaps),
                "hightech-income-ratio" => HnteConditions.HightechIncomeRatio(w, row, gaps),
                "innovation-score" => InnovationScore(row, score, gaps),
                "no-major-incident" => HnteConditions.NoMajorIncident(w, row, gaps),
                _ when Kinds.Contains(row.Kind) => null,
                _ => throw new InvalidOperationException($"规则集 {rules.Id} 的规则 {row.Id} 使用了未实现的类型 {row.Kind}"),
            };
            if (c is not null) conditions.Add(c);
        }
        return new EnterpriseAssessment(facts.Uscc, EnterpriseAssessment.Combine(conditions.Select(c => c.Status)), Route.Score,
            conditions, score, gaps, w.ManualReview.Distinct().ToList());
    }

    private static ScoreResult Total(RuleSet rules, List<ScoreItemResult> items)
    {
        var capRow = rules.Rules.First(r => r.Kind == "standards-bonus");
        var cap = capRow.Whole("cap");
        var capped = capRow.Strings("capItems");
        var inCap = items.Where(i => capped.Contains(i.Id)).ToList();
        var rest = items.Where(i => !capped.Contains(i.Id)).ToList();
        var min = Math.Min(cap, inCap.Sum(i => i.Min)) + rest.Sum(i => i.Min);
        var max = Math.Min(cap, inCap.Sum(i => i.Max)) + rest.Sum(i => i.Max);
        return new ScoreResult(min, max, rules.Row("innovation-score").Whole("passScore"), items);
    }

    private static ConditionResult InnovationScore(RuleRow row, ScoreResult s, List<Gap> gaps)
    {
        var pass = row.Whole("passScore");
        object actual = s.Min == s.Max ? s.Min : $"{Text.N(s.Min)}–{Text.N(s.Max)}";
        if (s.Min >= pass) return new(row.Id, ConditionStatus.Pass, actual, pass, row.Citation, $"创新能力评价得分 {actual} 分，不低于 {Text.N(pass)} 分");
        if (s.Max < pass)
        {
            gaps.Add(new Gap(row.Id, pass - s.Max, "points", $"创新能力评价最高只能得 {Text.N(s.Max)} 分，还差 {Text.N(pass - s.Max)} 分"));
            return new(row.Id, ConditionStatus.Fail, actual, pass, row.Citation, $"创新能力评价得分最高 {Text.N(s.Max)} 分，低于 {Text.N(pass)} 分");
        }
        return new(row.Id, ConditionStatus.Unknown, actual, pass, row.Citation, $"创新能力评价得分在 {actual} 分之间，能否达到 {Text.N(pass)} 分取决于专家评分");
    }
}
