using System.Globalization;
using Seedbed.Rules.Registry;
using static Seedbed.Rules.Assessment.ConditionStatus;

namespace Seedbed.Rules.Assessment;

/// <summary>hnte-2016: 国家高新技术企业认定 (国科发火〔2016〕32号 第十一条 + 195号《工作指引》). Pure: facts and date in, result out.</summary>
/// <remarks>
/// Hot path (docs/benchmarks.md): the rule set is compiled once into a <see cref="HntePlan"/> of typed parameters; the
/// window, the eligible IP and the year series are computed once per evaluation without LINQ or delegates. Arithmetic is
/// the exact decimal arithmetic of the rules and every message is the same text as the straightforward implementation
/// (tests/Seedbed.Rules.Tests/Reference, compared by OptimisedEquivalenceTests). The local rule sets still use
/// <see cref="HnteConditions"/>, which keeps the same texts for the shared condition kinds.
/// </remarks>
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

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static EnterpriseAssessment Evaluate(EnterpriseFacts facts, DateOnly date, RuleSet rules)
    {
        var plan = HntePlan.For(rules);
        var w = new Window(facts, date, plan);

        var items = new ScoreItemResult[plan.Items.Length];
        int capMin = 0, capMax = 0, restMin = 0, restMax = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var row = plan.Items[i];
            var item = row.Step switch
            {
                HnteStep.Grade => Grade(ref w, row),
                HnteStep.IpQuantity => Quantity(ref w, row),
                HnteStep.IpAcquisition => Acquisition(ref w, row),
                HnteStep.StandardsBonus => StandardsBonus(ref w, row),
                HnteStep.Conversion => Conversion(ref w, row),
                HnteStep.RdManagement => RdManagement(ref w, row),
                _ => Growth(ref w, row),
            };
            items[i] = item;
            if (row.InCap) { capMin += item.Min; capMax += item.Max; }
            else { restMin += item.Min; restMax += item.Max; }
        }
        var score = new ScoreResult(Math.Min(plan.Cap, capMin) + restMin, Math.Min(plan.Cap, capMax) + restMax, plan.PassScore, items);

        var conditions = new ConditionResult[plan.Conditions.Length];
        bool anyFail = false, allPass = true;
        for (var i = 0; i < conditions.Length; i++)
        {
            var row = plan.Conditions[i];
            var c = row.Step switch
            {
                HnteStep.RegistrationAge => RegistrationAge(ref w, row),
                HnteStep.CoreIp => CoreIp(ref w, row),
                HnteStep.HightechField => HightechField(ref w, row),
                HnteStep.TechStaffRatio => TechStaffRatio(ref w, row),
                HnteStep.RdExpenseRatio => RdExpenseRatio(ref w, row),
                HnteStep.DomesticRdShare => DomesticRdShare(ref w, row),
                HnteStep.HightechIncomeRatio => HightechIncomeRatio(ref w, row),
                HnteStep.InnovationScore => InnovationScore(ref w, row, score),
                _ => NoMajorIncident(ref w, row),
            };
            conditions[i] = c;
            if (c.Status == Fail) anyFail = true;
            if (c.Status != Pass) allPass = false;
        }
        var verdict = anyFail ? Verdict.Fail : allPass ? Verdict.Pass : Verdict.Undetermined;
        return new EnterpriseAssessment(facts.Uscc, verdict, Route.Score, conditions, score,
            w.Gaps ?? (IReadOnlyList<Gap>)[], w.Review ?? (IReadOnlyList<string>)[]);
    }

    /// <summary>What every rule needs about the date: the window Y−3..Y−1 limited to years ≥ the registration year, the
    /// facts of each window year, the eligible IP (counted), and the gaps and manual-review notes found so far.</summary>
    private struct Window
    {
        public readonly EnterpriseFacts Facts;
        public readonly DateOnly Date;
        public readonly int LastYear;
        public readonly int First, Count;       // window years First .. First + Count − 1 (Count 0..3)
        public YearFacts? Y0, Y1, Y2;           // facts of each window year (first match, as EnterpriseFacts.Year)
        public readonly YearFacts? Last;        // facts of Y−1 (looked up even when the window is empty)
        public readonly int Eligible, EligibleClassTwo;
        public readonly bool EligibleClassOne, EligibleOwn;
        public List<Gap>? Gaps;
        public List<string>? Review;

        public Window(EnterpriseFacts facts, DateOnly date, HntePlan plan)
        {
            Facts = facts; Date = date; LastYear = date.Year - 1;
            First = Math.Max(date.Year - 3, facts.RegisteredOn?.Year ?? int.MinValue);
            Count = Math.Max(0, LastYear - First + 1);
            var years = facts.Years;
            for (var i = 0; i < years.Count; i++)
            {
                var y = years[i];
                var k = y.Year - First;
                if (k == 0) Y0 ??= y;
                else if (k == 1) Y1 ??= y;
                else if (k == 2) Y2 ??= y;
                if (y.Year == LastYear) Last ??= y;
            }
            var ip = facts.Ip;
            var excluded = plan.ExcludedAcquisitions;
            for (var i = 0; i < ip.Count; i++)
            {
                var item = ip[i];
                if (item.Status != "granted" || Array.IndexOf(excluded, item.Acquisition) >= 0) continue;
                if (item.GrantedOn is { } g && g > date) continue;
                var cls = HntePlan.IpClasses.GetValueOrDefault(item.Kind);
                if (cls == IpClass.One) EligibleClassOne = true;
                else if (cls == IpClass.Two && item.UsedInHnteYear is null) EligibleClassTwo++;
                else continue;
                Eligible++;
                if (item.Acquisition == "own") EligibleOwn = true;
            }
        }

        public readonly int Year(int k) => First + k;
        public readonly YearFacts? At(int k) => k switch { 0 => Y0, 1 => Y1, _ => Y2 };

        public void Gap(Gap g) => (Gaps ??= new List<Gap>(4)).Add(g);

        public void Manual(string note)
        {
            Review ??= new List<string>(2);
            foreach (var r in Review) if (r == note) return;   // distinct, first occurrence kept
            Review.Add(note);
        }
    }

    private enum Field : byte { RdExpense, SalesRevenue, RdExpenseDomestic, NetAssets, Conversions }

    private static decimal? Get(YearFacts y, Field f) => f switch
    {
        Field.RdExpense => y.RdExpense,
        Field.SalesRevenue => y.SalesRevenue,
        Field.RdExpenseDomestic => y.RdExpenseDomestic,
        Field.NetAssets => y.NetAssets,
        _ => y.Conversions,
    };

    /// <summary>The sum of a field over the window, or the bit set (bit k = window year k) of the years where it is missing.</summary>
    private static int Series(in Window w, Field f, out decimal sum)
    {
        sum = 0m;
        var missing = 0;
        for (var k = 0; k < w.Count; k++)
        {
            var v = w.At(k) is { } y ? Get(y, f) : null;
            if (v is null) missing |= 1 << k; else sum += v.Value;
        }
        return missing;
    }

    /// <summary>"2017年、2019年" for the years of a bit set (oldest first), as Text.Years.</summary>
    private static string Years(in Window w, int bits)
    {
        return bits switch
        {
            1 => Y(w, 0), 2 => Y(w, 1), 4 => Y(w, 2),
            3 => Y(w, 0) + "、" + Y(w, 1), 5 => Y(w, 0) + "、" + Y(w, 2), 6 => Y(w, 1) + "、" + Y(w, 2),
            7 => Y(w, 0) + "、" + Y(w, 1) + "、" + Y(w, 2),
            _ => "",
        };
        static string Y(in Window w, int k) => w.Year(k).ToString(Inv) + "年";
    }

    private static int All(in Window w) => (1 << w.Count) - 1;

    // ---- conditions (办法 第十一条) ----

    private static ConditionResult R(CompiledRow row, ConditionStatus s, object? actual, object? required, string message) =>
        new(row.Id, s, actual, required, row.Citation, message);

    private static ConditionResult RegistrationAge(ref Window w, CompiledRow row)
    {
        var min = row.Whole;
        if (w.Facts.RegisteredOn is not { } reg) return R(row, Unknown, null, row.WholeBoxed, "成立日期未知，无法判断是否注册成立满一年");
        var days = w.Date.DayNumber - reg.DayNumber;
        return days >= min
            ? R(row, Pass, days, row.WholeBoxed, $"已注册成立 {Text.N(days)} 天，满足 {row.WholeText} 天的要求")
            : R(row, Fail, days, row.WholeBoxed, $"注册成立仅 {Text.N(days)} 天，还需 {Text.N(min - days)} 天才满 {row.WholeText} 天");
    }

    private static ConditionResult CoreIp(ref Window w, CompiledRow row)
    {
        var min = row.Whole;
        var n = w.Eligible;
        if (n >= min) return R(row, Pass, n, row.WholeBoxed, $"拥有 {Text.N(n)} 件可用于认定的知识产权");
        var why = w.Facts.Ip.Count == 0 ? "未登记任何知识产权" : "已登记的知识产权均不可用（未授权、仅获许可、商标或Ⅱ类已在以往认定中使用）";
        w.Gap(new Gap(row.Id, min - n, "items", $"需取得 {Text.N(min - n)} 件自有的Ⅰ类或Ⅱ类知识产权（发明专利、实用新型、软件著作权等）"));
        return R(row, Fail, n, row.WholeBoxed, "没有可用于认定的核心知识产权：" + why);
    }

    private const string FieldsName = "《国家重点支持的高新技术领域》";

    private static ConditionResult HightechField(ref Window w, CompiledRow row) => w.Facts.HightechField switch
    {
        null => R(row, Unknown, null, FieldsName, "技术领域未填写，无法判断"),
        HightechFields.None => R(row, Fail, null, FieldsName, "主要产品（服务）的核心技术不属于《国家重点支持的高新技术领域》"),
        var c when HightechFields.IsValidCode(c) => R(row, Pass, c, FieldsName, "属于重点领域：" + HightechFields.Describe(c)),
        var c => R(row, Fail, c, FieldsName, $"技术领域代码“{c}”不在《国家重点支持的高新技术领域》中"),
    };

    private static ConditionResult TechStaffRatio(ref Window w, CompiledRow row)
    {
        var r = row.Ratio;
        var y = w.Last;
        if (y?.Employees is not { } emp || y.TechStaff is not { } tech)
            return R(row, Unknown, null, row.RatioBoxed, $"缺少{w.LastYear}年度的职工总数或科技人员数");
        if (emp == 0)
        {
            w.Manual($"{w.LastYear}年度职工总数为0，科技人员占比无法计算，请人工核实");
            return R(row, Unknown, null, row.RatioBoxed, $"{w.LastYear}年度职工总数为0，无法计算科技人员占比");
        }
        var ratio = Text.Ratio(tech, emp);
        if (tech >= r * emp) return R(row, Pass, ratio, row.RatioBoxed, $"{w.LastYear}年科技人员 {Text.N(tech)} 人，占职工总数 {Text.N(emp)} 人的 {Text.Pct(ratio)}，不低于 {row.RatioPct}");
        var need = (int)Math.Ceiling((r * emp - tech) / (1 - r));
        w.Gap(new Gap(row.Id, need, "people", $"需新增 {Text.N(need)} 名科技人员（科技人员占比达到 {row.RatioPct}）"));
        return R(row, Fail, ratio, row.RatioBoxed, $"{w.LastYear}年科技人员 {Text.N(tech)} 人，占职工总数 {Text.N(emp)} 人的 {Text.Pct(ratio)}，低于 {row.RatioPct}");
    }

    private static ConditionResult RdExpenseRatio(ref Window w, CompiledRow row)
    {
        if (w.Count == 0) return R(row, Unknown, null, null, "没有可计算的会计年度");
        var missing = Series(w, Field.RdExpense, out var sumRd) | Series(w, Field.SalesRevenue, out var sumSales);
        var last = w.Last?.SalesRevenue;
        if (missing != 0 || last is null)
            return R(row, Unknown, null, null, $"缺少{(missing != 0 ? Years(w, missing) : w.LastYear.ToString(Inv) + "年")}的研究开发费用或销售收入");
        var tiers = row.Tiers;
        var t = 0;
        while (!(tiers[t].UpTo is null || last.Value <= tiers[t].UpTo)) t++;
        var r = tiers[t].Value;
        if (sumSales == 0)
        {
            w.Manual("近三年销售收入合计为0，研究开发费用占比无法计算，请人工核实");
            return R(row, Unknown, null, row.TierBoxed[t], "近三年销售收入合计为0，无法计算研究开发费用占比");
        }
        var ratio = Text.Ratio(sumRd, sumSales);
        var basis = $"{Years(w, All(w))}研究开发费用合计 {Text.Yuan(sumRd)}，占销售收入合计 {Text.Yuan(sumSales)} 的 {Text.Pct(ratio)}；最近一年销售收入 {Text.Yuan(last.Value)}，要求不低于 {row.TierPct[t]}";
        if (sumRd >= r * sumSales) return R(row, Pass, ratio, row.TierBoxed[t], basis);
        var gap = Text.CeilYuan(r * sumSales - sumRd);
        w.Gap(new Gap(row.Id, gap, "yuan", $"研发费用还差 {Text.Yuan(gap)}"));
        return R(row, Fail, ratio, row.TierBoxed[t], basis);
    }

    private static ConditionResult DomesticRdShare(ref Window w, CompiledRow row)
    {
        var r = row.Ratio;
        if (w.Count == 0) return R(row, Unknown, null, row.RatioBoxed, "没有可计算的会计年度");
        var missing = Series(w, Field.RdExpense, out var sumRd) | Series(w, Field.RdExpenseDomestic, out var sumDom);
        if (missing != 0) return R(row, Unknown, null, row.RatioBoxed, $"缺少{Years(w, missing)}的研究开发费用或境内研究开发费用");
        if (sumRd == 0) return R(row, Fail, null, row.RatioBoxed, "近三年研究开发费用合计为0");
        var ratio = Text.Ratio(sumDom, sumRd);
        var basis = $"境内研究开发费用 {Text.Yuan(sumDom)}，占研究开发费用合计 {Text.Yuan(sumRd)} 的 {Text.Pct(ratio)}，要求不低于 {row.RatioPct}";
        if (sumDom >= r * sumRd) return R(row, Pass, ratio, row.RatioBoxed, basis);
        var gap = Text.CeilYuan((r * sumRd - sumDom) / (1 - r));
        w.Gap(new Gap(row.Id, gap, "yuan", $"境内研发费用还需增加 {Text.Yuan(gap)}"));
        return R(row, Fail, ratio, row.RatioBoxed, basis);
    }

    private static ConditionResult HightechIncomeRatio(ref Window w, CompiledRow row)
    {
        var r = row.Ratio;
        var y = w.Last;
        if (y?.HightechIncome is not { } hi || y.TotalIncome is not { } ti)
            return R(row, Unknown, null, row.RatioBoxed, $"缺少{w.LastYear}年度的高新技术产品（服务）收入或总收入");
        if (ti == 0)
        {
            w.Manual($"{w.LastYear}年度总收入为0，高新技术产品（服务）收入占比无法计算，请人工核实");
            return R(row, Unknown, null, row.RatioBoxed, $"{w.LastYear}年度总收入为0，无法计算占比");
        }
        var ratio = Text.Ratio(hi, ti);
        var basis = $"{w.LastYear}年高新技术产品（服务）收入 {Text.Yuan(hi)}，占总收入 {Text.Yuan(ti)} 的 {Text.Pct(ratio)}，要求不低于 {row.RatioPct}";
        if (hi >= r * ti) return R(row, Pass, ratio, row.RatioBoxed, basis);
        var gap = Text.CeilYuan((r * ti - hi) / (1 - r));
        w.Gap(new Gap(row.Id, gap, "yuan", $"高新技术产品（服务）收入还需增加 {Text.Yuan(gap)}"));
        return R(row, Fail, ratio, row.RatioBoxed, basis);
    }

    private static ConditionResult InnovationScore(ref Window w, CompiledRow row, ScoreResult s)
    {
        var pass = row.Whole;
        var range = s.Min == s.Max ? null : $"{Text.N(s.Min)}–{Text.N(s.Max)}";
        object actual = range ?? (object)s.Min;
        var shown = range ?? Text.N(s.Min);
        if (s.Min >= pass) return R(row, Pass, actual, row.WholeBoxed, $"创新能力评价得分 {shown} 分，不低于 {row.WholeText} 分");
        if (s.Max < pass)
        {
            w.Gap(new Gap(row.Id, pass - s.Max, "points", $"创新能力评价最高只能得 {Text.N(s.Max)} 分，还差 {Text.N(pass - s.Max)} 分"));
            return R(row, Fail, actual, row.WholeBoxed, $"创新能力评价得分最高 {Text.N(s.Max)} 分，低于 {row.WholeText} 分");
        }
        return R(row, Unknown, actual, row.WholeBoxed, $"创新能力评价得分在 {shown} 分之间，能否达到 {row.WholeText} 分取决于专家评分");
    }

    private static ConditionResult NoMajorIncident(ref Window w, CompiledRow row)
    {
        var kinds = row.Strings;
        var from = w.Date.AddDays(-row.Whole);
        var incidents = w.Facts.Incidents;
        var hits = 0;
        string? list = null;
        for (var i = 0; i < incidents.Count; i++)
        {
            var h = incidents[i];
            if (Array.IndexOf(kinds, h.Kind) < 0 || h.Date < from || h.Date > w.Date) continue;
            var one = $"{h.Date.ToString("yyyy-MM-dd", Inv)} {Vocabularies.IncidentKind.LabelOf(h.Kind)}";
            list = hits++ == 0 ? one : list + "；" + one;
        }
        if (hits == 0) return R(row, Pass, 0, 0, "申请认定前一年内未登记重大安全、重大质量事故或严重环境违法行为");
        return R(row, Fail, hits, 0, "申请认定前一年内发生：" + list);
    }

    // ---- innovation score (《工作指引》企业创新能力评价), each item a range [min, max] ----

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
