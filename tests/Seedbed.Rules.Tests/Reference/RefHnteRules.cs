// A verbatim copy of the straightforward hnte-2016 implementation before the optimisation (bench branch), kept as the
// reference that the optimised HnteRules is compared with (OptimisedEquivalenceTests). Do not optimise this copy.
using Seedbed.Rules.Assessment;

namespace Seedbed.Rules.Tests.Reference;

/// <summary>hnte-2016: 国家高新技术企业认定 (国科发火〔2016〕32号 第十一条 + 195号《工作指引》). Pure: facts and date in, result out.</summary>
public static class RefHnteRules
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
        var w = new RefHnteWindow(facts, date, rules);
        var gaps = new List<Gap>();
        var items = new List<ScoreItemResult>();
        foreach (var row in rules.Rules)
        {
            ScoreItemResult? item = row.Kind switch
            {
                "grade" => RefHnteScore.Grade(w, row),
                "ip-quantity" => RefHnteScore.Quantity(w, row),
                "ip-acquisition" => RefHnteScore.Acquisition(w, row),
                "standards-bonus" => RefHnteScore.StandardsBonus(w, row),
                "conversion" => RefHnteScore.Conversion(w, row),
                "rd-management" => RefHnteScore.RdManagement(w, row),
                "growth" => RefHnteScore.Growth(w, row),
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
                "registration-age" => RefHnteConditions.RegistrationAge(w, row, gaps),
                "core-ip" => RefHnteConditions.CoreIp(w, row, gaps),
                "hightech-field" => RefHnteConditions.HightechField(w, row, gaps),
                "tech-staff-ratio" => RefHnteConditions.TechStaffRatio(w, row, gaps),
                "rd-expense-ratio" => RefHnteConditions.RdExpenseRatio(w, row, gaps),
                "domestic-rd-share" => RefHnteConditions.DomesticRdShare(w, row, gaps),
                "hightech-income-ratio" => RefHnteConditions.HightechIncomeRatio(w, row, gaps),
                "innovation-score" => InnovationScore(row, score, gaps),
                "no-major-incident" => RefHnteConditions.NoMajorIncident(w, row, gaps),
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
        object actual = s.Min == s.Max ? s.Min : $"{RefText.N(s.Min)}–{RefText.N(s.Max)}";
        if (s.Min >= pass) return new(row.Id, ConditionStatus.Pass, actual, pass, row.Citation, $"创新能力评价得分 {actual} 分，不低于 {RefText.N(pass)} 分");
        if (s.Max < pass)
        {
            gaps.Add(new Gap(row.Id, pass - s.Max, "points", $"创新能力评价最高只能得 {RefText.N(s.Max)} 分，还差 {RefText.N(pass - s.Max)} 分"));
            return new(row.Id, ConditionStatus.Fail, actual, pass, row.Citation, $"创新能力评价得分最高 {RefText.N(s.Max)} 分，低于 {RefText.N(pass)} 分");
        }
        return new(row.Id, ConditionStatus.Unknown, actual, pass, row.Citation, $"创新能力评价得分在 {actual} 分之间，能否达到 {RefText.N(pass)} 分取决于专家评分");
    }
}
