using Seedbed.Rules.Assessment;

namespace Seedbed.Rules.Pools;

/// <summary>
/// The pool rules as data (rules/pools-&lt;id&gt;.v&lt;n&gt;.json, same layout as the assessment rule sets: every row carries
/// its citation, source and quoted clause), with typed access to the thresholds.
/// </summary>
public sealed class PoolRules(RuleSet data)
{
    public RuleSet Data { get; } = data;
    public string Id => Data.Id;
    public int Version => Data.Version;

    public static readonly IReadOnlyList<string> Kinds =
    [
        "reserve-income-tax", "reserve-qualification", "application-evaluation", "certified",
        "exit-certificate-expired", "exit-rules-lapsed", "forecast",
    ];

    public static PoolRules Parse(string json) => new(RuleSet.Parse(json));

    public RuleRow ReserveIncomeTax => Data.Row("reserve-income-tax");
    public RuleRow ReserveQualification => Data.Row("reserve-qualification");
    public RuleRow Application => Data.Row("application-evaluation");
    public RuleRow Certified => Data.Row("certified");
    public RuleRow CertificateExpired => Data.Row("exit-certificate-expired");
    public RuleRow Lapsed => Data.Row("exit-rules-lapsed");
    public RuleRow Forecast => Data.Row("forecast");

    public decimal MinIncomeTax => ReserveIncomeTax.Number("minIncomeTax");
    public bool RequireIntention => ReserveIncomeTax.Params.GetProperty("requireIntention").GetBoolean();
    public IReadOnlyList<string> ReserveKinds => ReserveQualification.Strings("kinds");
    public string ApplicationRuleSet => Application.Params.GetProperty("ruleSet").GetString()!;
    public int MaxEvaluationAgeDays => Application.Whole("maxEvaluationAgeDays");
    public int MaxOpenConditions => Application.Whole("maxOpenConditions");
    public decimal MaxYuanShortfall => Application.Number("maxYuanShortfall");
    public decimal MaxScoreShortfall => Application.Number("maxScoreShortfall");
    public string CertifiedKind => Certified.Params.GetProperty("kind").GetString()!;
    public int ValidityYears => Certified.Whole("validityYears");
    public int LapsedYears => Lapsed.Whole("years");
    public decimal DefaultConversionRate => Forecast.Number("defaultConversionRate");
}
