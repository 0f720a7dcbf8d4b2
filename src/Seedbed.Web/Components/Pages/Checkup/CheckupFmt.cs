using System.Globalization;
using Microsoft.Extensions.Localization;
using Seedbed.Core.Assessment;
using Seedbed.Rules.Assessment;

namespace Seedbed.Web.Components.Pages.Checkup;

/// <summary>How the check-up shows results: verdict words and colours, actual/required values by rule kind, labels, derived hints.</summary>
public static class CheckupFmt
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly HashSet<string> RatioKinds = ["tech-staff-ratio", "rd-expense-ratio", "rd-ratio-last-year", "domestic-rd-share", "hightech-income-ratio"];

    public static string Verdict(IStringLocalizer<UiText> l, Verdict v) => l["Verdict." + AssessmentJson.Lower(v)];

    public static string Status(IStringLocalizer<UiText> l, ConditionStatus s) => l["Status." + AssessmentJson.Lower(s)];

    /// <summary>CSS modifier used by tags in the page and the report: pass / fail / undetermined (unknown).</summary>
    public static string Css(Verdict v) => AssessmentJson.Lower(v);

    public static string Css(ConditionStatus s) => s switch { ConditionStatus.Pass => "pass", ConditionStatus.Fail => "fail", _ => "undetermined" };

    public static string Color(Verdict v) => v switch { Rules.Assessment.Verdict.Pass => "green", Rules.Assessment.Verdict.Fail => "red", _ => "orange" };

    public static string Color(ConditionStatus s) => s switch { ConditionStatus.Pass => "green", ConditionStatus.Fail => "red", _ => "orange" };

    /// <summary>Short Chinese name of a rule set (国家高新技术企业 …); falls back to the rule set's own name.</summary>
    public static string ShortName(IStringLocalizer<UiText> l, RuleSet r) => Text(l, "RuleSet." + r.Id, r.Name);

    /// <summary>Chinese label of a condition or score item; falls back to the start of the quoted clause.</summary>
    public static string Label(IStringLocalizer<UiText> l, RuleSet r, string id)
    {
        var row = r.Rules.FirstOrDefault(x => x.Id == id);
        return Text(l, "Cond." + id, row is null ? id : Shorten(row.Clause));
    }

    public static string Citation(RuleSet r, string id) => r.Rules.FirstOrDefault(x => x.Id == id)?.Citation ?? "";

    /// <summary>An actual or required value: ratios as percentages, days, money in yuan with separators, else as is.</summary>
    public static string Value(RuleSet r, string conditionId, object? v)
    {
        var kind = r.Rules.FirstOrDefault(x => x.Id == conditionId)?.Kind ?? "";
        return v switch
        {
            null => Shared.Fmt.Missing,
            decimal d when RatioKinds.Contains(kind) => (d * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%",
            int i when kind == "registration-age" => i.ToString("N0", Zh) + " 天",
            decimal d when kind == "innovation-spending" => d.ToString("#,0.##", CultureInfo.InvariantCulture) + " 元",
            decimal d => d.ToString("#,0.######", CultureInfo.InvariantCulture),
            int i => i.ToString("N0", Zh),
            string s => s,
            _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
        };
    }

    public static string Points(int min, int max) =>
        min == max ? min.ToString(CultureInfo.InvariantCulture) : $"{min.ToString(CultureInfo.InvariantCulture)}–{max.ToString(CultureInfo.InvariantCulture)}";

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Remedies the rules do not state as gaps but that follow from the score items.</summary>
    public static IReadOnlyList<string> Hints(IStringLocalizer<UiText> l, RuleSet r, EnterpriseAssessment a)
    {
        var hints = new List<string>();
        if (a.Score is not { } s) return hints;
        foreach (var i in s.Items)
        {
            if (i.Id == "ip-quantity" && i.Band is { } b && b != "A") hints.Add(l["Hint.IpQuantity"]);
            if (i.Id == "ip-results" && i.Max < 30) hints.Add(l["Hint.IpResults"]);
        }
        if (s.Items.Any(i => i.Id is "ip-advancement" or "ip-core-support" or "rd-management" && i.Band is null && i.Min < i.Max) && s.Min < s.Pass && s.Max >= s.Pass)
            hints.Add(l["Hint.SelfAssessment"]);
        return hints;
    }

    /// <summary>Failed condition ids (comma-separated, as stored) → their labels.</summary>
    public static string FailedLabels(IStringLocalizer<UiText> l, string ruleSetId, int version, string failed)
    {
        if (string.IsNullOrEmpty(failed)) return Shared.Fmt.Missing;
        var r = RuleSetCatalog.All.FirstOrDefault(x => x.Id == ruleSetId && x.Version == version);
        return string.Join("、", failed.Split(',').Select(id => r is null ? id : Label(l, r, id)));
    }

    private static string Text(IStringLocalizer<UiText> l, string key, string fallback)
    {
        var s = l[key];
        return s.ResourceNotFound ? fallback : s.Value;
    }

    private static string Shorten(string clause)
    {
        var end = clause.IndexOfAny(['，', '。', '（', '：']);
        return end is > 0 and <= 24 ? clause[..end] : clause[..Math.Min(clause.Length, 24)];
    }
}
