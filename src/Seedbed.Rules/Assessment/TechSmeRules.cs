using Seedbed.Rules.Registry;
using static Seedbed.Rules.Assessment.ConditionStatus;

namespace Seedbed.Rules.Assessment;

/// <summary>tech-sme-2017: 科技型中小企业评价 (国科发政〔2017〕115号 第六–八条). Data year = the year before the date.</summary>
public static class TechSmeRules
{
    public const string Id = "tech-sme-2017";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>
    {
        "sme-size", "sme-violations", "sme-staff-nonzero", "sme-score", "sme-direct", "sme-staff-item", "sme-rd-item", "sme-ip-item",
    };

    public static EnterpriseAssessment Evaluate(EnterpriseFacts f, DateOnly date, RuleSet rules)
    {
        foreach (var row in rules.Rules)
            if (!Kinds.Contains(row.Kind)) throw new InvalidOperationException($"规则集 {rules.Id} 的规则 {row.Id} 使用了未实现的类型 {row.Kind}");
        var dy = date.Year - 1;
        var y = f.Year(dy);
        var review = new List<string>();
        var staff = StaffItem(rules.Row("tech-staff"), y, dy, review);
        var rd = RdItem(rules.Row("rd-input"), y, dy);
        var ip = IpItem(rules.Row("ip-results"), f, date);
        var pass = rules.Row("score-threshold").Whole("passScore");
        var score = new ScoreResult(staff.Min + rd.Min + ip.Min, staff.Max + rd.Max + ip.Max, pass, [staff, rd, ip]);
        var gaps = new List<Gap>();

        var size = Size(rules.Row("size-limits"), y, dy);
        var violations = Violations(rules.Row("no-violations"), f, date);
        var nonzeroRow = rules.Row("tech-staff-nonzero");
        var nonzero = staff.Min > 0 ? C(nonzeroRow, Pass, staff.Min, 0, $"科技人员指标得分 {Text.N(staff.Min)} 分，不为0")
            : staff.Max == 0 ? C(nonzeroRow, Fail, 0, 0, "科技人员指标得分为0分（科技人员占比低于10%）")
            : C(nonzeroRow, Unknown, null, 0, "科技人员指标得分未知");
        var scoreRow = rules.Row("score-threshold");
        object total = score.Min == score.Max ? score.Min : $"{Text.N(score.Min)}–{Text.N(score.Max)}";
        var threshold = score.Min >= pass ? C(scoreRow, Pass, total, pass, $"综合评价得分 {total} 分，不低于 {Text.N(pass)} 分")
            : score.Max < pass ? C(scoreRow, Fail, total, pass, $"综合评价得分 {total} 分，低于 {Text.N(pass)} 分")
            : C(scoreRow, Unknown, total, pass, $"综合评价得分在 {total} 分之间，缺少数据无法确定");
        if (threshold.Status == Fail) gaps.Add(new Gap(scoreRow.Id, pass - score.Max, "points", $"综合评价得分还差 {Text.N(pass - score.Max)} 分"));
        List<ConditionResult> conditions = [size, violations, nonzero, threshold];

        var direct = size.Status == Pass && violations.Status == Pass ? DirectRoute(rules.Row("direct-route"), f, date) : null;
        if (direct is not null)
            return new EnterpriseAssessment(f.Uscc, Verdict.Pass, Route.Direct, conditions, score, [],
                [.. review, $"符合直接确认条件：{direct}（第八条），综合评价得分不作为判定依据"]);
        return new EnterpriseAssessment(f.Uscc, EnterpriseAssessment.Combine(conditions.Select(c => c.Status)), Route.Score, conditions, score, gaps, review);
    }

    private static ConditionResult C(RuleRow row, ConditionStatus s, object? actual, object? required, string message) => new(row.Id, s, actual, required, row.Citation, message);

    private static ConditionResult Size(RuleRow row, YearFacts? y, int dy)
    {
        int maxEmp = row.Whole("maxEmployees");
        decimal maxSales = row.Number("maxSalesRevenue"), maxAssets = row.Number("maxTotalAssets");
        var required = $"职工≤{Text.N(maxEmp)}人，销售收入≤{Text.Yuan(maxSales)}，资产总额≤{Text.Yuan(maxAssets)}";
        var over = new List<string>();
        if (y?.Employees > maxEmp) over.Add($"职工总数 {Text.N(y.Employees.Value)} 人");
        if (y?.SalesRevenue > maxSales) over.Add($"销售收入 {Text.Yuan(y.SalesRevenue.Value)}");
        if (y?.TotalAssets > maxAssets) over.Add($"资产总额 {Text.Yuan(y.TotalAssets.Value)}");
        if (over.Count > 0) return C(row, Fail, null, required, $"{dy}年{string.Join("、", over)}超过中小企业规模上限");
        if (y?.Employees is null || y.SalesRevenue is null || y.TotalAssets is null)
            return C(row, Unknown, null, required, $"缺少{dy}年度的职工总数、销售收入或资产总额");
        return C(row, Pass, null, required, $"{dy}年职工 {Text.N(y.Employees.Value)} 人，销售收入 {Text.Yuan(y.SalesRevenue.Value)}，资产总额 {Text.Yuan(y.TotalAssets.Value)}，符合规模要求");
    }

    private static ConditionResult Violations(RuleRow row, EnterpriseFacts f, DateOnly date)
    {
        var kinds = row.Strings("kinds");
        var hits = f.Incidents.Where(i => kinds.Contains(i.Kind) && i.Date.Year >= date.Year - 1 && i.Date <= date).ToList();
        if (hits.Count == 0) return C(row, Pass, 0, 0, $"{Text.N(date.Year - 1)}年及当年未登记重大事故、违法失信或经营异常");
        var list = string.Join("；", hits.Select(h => $"{h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} {Vocabularies.IncidentKind.LabelOf(h.Kind)}"));
        return C(row, Fail, hits.Count, 0, $"存在：{list}");
    }

    private static ScoreItemResult StaffItem(RuleRow row, YearFacts? y, int dy, List<string> review)
    {
        if (y?.Employees is not { } emp || y.TechStaff is not { } tech) return new(row.Id, null, 0, row.Whole("max"), row.Citation, $"缺少{dy}年度职工总数或科技人员数");
        if (emp == 0)
        {
            review.Add($"{dy}年度职工总数为0，科技人员比例无法计算，请人工核实");
            return new(row.Id, null, 0, row.Whole("max"), row.Citation, "职工总数为0");
        }
        var b = row.Bands().First(x => x.Bound is null || tech >= x.Bound * emp);
        return new(row.Id, b.Code, b.Min, b.Max, row.Citation, $"科技人员 {Text.N(tech)} 人，占职工总数的 {Text.Pct(Text.Ratio(tech, emp))}");
    }

    private static ScoreItemResult RdItem(RuleRow row, YearFacts? y, int dy)
    {
        var max = row.Whole("max");
        Band? bySales = y?.RdExpense is { } rd1 && y.SalesRevenue is > 0 ? row.Bands("salesBands").First(b => b.Bound is null || rd1 >= b.Bound * y.SalesRevenue.Value) : null;
        Band? byCost = y?.RdExpense is { } rd2 && y.TotalCostAndExpense is > 0 ? row.Bands("costBands").First(b => b.Bound is null || rd2 >= b.Bound * y.TotalCostAndExpense.Value) : null;
        if (bySales is null && byCost is null) return new(row.Id, null, 0, max, row.Citation, $"缺少{dy}年度研究开发费用、销售收入或成本费用支出总额");
        var best = new[] { bySales, byCost }.Where(b => b is not null).MaxBy(b => b!.Min)!;
        var complete = bySales is not null && byCost is not null;
        var how = best == bySales ? "按研发费用占销售收入比例" : "按研发费用占成本费用支出比例";
        return new(row.Id, complete ? best.Code : null, best.Min, complete ? best.Max : Math.Max(best.Max, max), row.Citation,
            complete ? $"{how}得分（取两种算法的较高者）" : $"{how}得分；另一种算法缺少数据，最高可能 {Text.N(max)} 分");
    }

    private static ScoreItemResult IpItem(RuleRow row, EnterpriseFacts f, DateOnly date)
    {
        var valid = f.Ip.Where(i => i.Status == "granted" && !i.Disputed && (i.GrantedOn is null || i.GrantedOn <= date)).ToList();
        if (valid.Any(i => IpKinds.ClassOf(i.Kind) == IpClass.One))
        {
            var a = row.Params.GetProperty("classOne");
            return new(row.Id, a.GetProperty("band").GetString(), a.GetProperty("min").GetInt32(), a.GetProperty("max").GetInt32(), row.Citation, "拥有Ⅰ类知识产权");
        }
        var n = valid.Count(i => IpKinds.ClassOf(i.Kind) == IpClass.Two);
        var b = Band.Pick(row.Bands(), n);
        return new(row.Id, b.Code, b.Min, b.Max, row.Citation, $"有效Ⅱ类知识产权 {Text.N(n)} 件");
    }

    /// <summary>第八条: the first direct-confirmation ground that holds, or null.</summary>
    private static string? DirectRoute(RuleRow row, EnterpriseFacts f, DateOnly date)
    {
        var y = date.Year;
        var years = row.Whole("hnteValidYears");
        if (f.Qualifications.Any(q => q.Kind == "hnte" && q.IssuedOn <= date && date < q.IssuedOn.AddYears(years))) return "拥有有效期内的高新技术企业证书";
        if (f.Awards.Any(a => a.Level == row.Params.GetProperty("awardLevel").GetString() && a.Rank <= row.Whole("awardMaxRank") && a.Year >= y - row.Whole("awardYears") && a.Year <= y))
            return "近五年获国家级科技奖励且排名前三";
        var levels = row.Strings("institutionLevels");
        if (f.RdInstitutions.Any(r => levels.Contains(r.Level) && r.RecognizedOn <= date)) return "拥有经认定的省部级以上研发机构";
        if (f.Standards.Any(s => s.Role == row.Params.GetProperty("standardRole").GetString() && s.Year >= y - row.Whole("standardYears") && s.Year <= y))
            return "近五年主导制定过国际、国家或行业标准";
        return null;
    }
}
