namespace Seedbed.Rules.Pools;

/// <summary>The tiers of the cultivation pool (培育库). Stored and shown by their codes.</summary>
public static class PoolTier
{
    public const string Reserve = "reserve";
    public const string Application = "application";
    public const string Certified = "certified";
    public const string Exited = "exited";

    public static readonly IReadOnlyList<string> All = [Reserve, Application, Certified, Exited];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);

    public static string NameOf(string? code) => code switch
    {
        Reserve => "储备库", Application => "申报库", Certified => "已认定", Exited => "出库", null => "未入库", _ => code,
    };
}

/// <summary>Why an enterprise left the pool (出库原因).</summary>
public static class ExitReason
{
    public const string CertificateExpired = "certificate-expired";
    public const string RulesLapsed = "rules-lapsed";
    public const string Deregistered = "deregistered";
    public const string Manual = "manual";

    public static readonly IReadOnlyList<string> All = [CertificateExpired, RulesLapsed, Deregistered, Manual];

    public static string NameOf(string? code) => code switch
    {
        CertificateExpired => "证书到期未重新认定", RulesLapsed => "连续多年不符合入库条件", Deregistered => "企业注销或迁出", Manual => "人工出库",
        null => "", _ => code,
    };
}

/// <summary>A qualification as the pool rules see it.</summary>
public sealed record PoolQualification(string Kind, string Number, DateOnly IssuedOn, DateOnly? ExpiresOn);

/// <summary>The latest stored evaluation against the application pool's rule set, reduced to what the rules need.</summary>
/// <param name="OpenConditions">conditions not passed (fail or unknown)</param>
/// <param name="YuanShortfall">sum of the money gaps (unit yuan)</param>
/// <param name="ScoreShortfall">points missing to the pass mark (0 when none)</param>
/// <param name="MainGap">the message of the main gap (first gap, else the first condition not passed)</param>
public sealed record PoolEvaluation(long Id, string RuleSetId, DateOnly AsOf, string Verdict, int OpenConditions,
    decimal YuanShortfall, decimal ScoreShortfall, string? MainGap);

/// <summary>Everything the pool rules look at for one enterprise on one date (a snapshot; no I/O).</summary>
/// <param name="IncomeTaxByYear">corporate income tax paid per fiscal year (yuan); missing = not reported</param>
/// <param name="IntentionYears">calendar years for which an intention to apply (申报意愿) is recorded</param>
/// <param name="CurrentTier">null = not in the pool</param>
public sealed record PoolFacts(
    IReadOnlyDictionary<int, decimal?> IncomeTaxByYear,
    IReadOnlyCollection<int> IntentionYears,
    IReadOnlyList<PoolQualification> Qualifications,
    PoolEvaluation? Evaluation,
    string? CurrentTier,
    string? CurrentExitReason);

/// <summary>One reason for a proposal: the rule row it comes from, its citation and what was found.</summary>
public sealed record PoolReason(string RuleId, string Citation, bool Met, string Message)
{
    public override string ToString() => $"{Message}（{Citation}）";
}

/// <summary>The rules' answer: the tier the enterprise belongs in (null = not in the pool), why, and the exit reason.</summary>
public sealed record PoolProposal(string? CurrentTier, string? ProposedTier, string? ExitReason, IReadOnlyList<PoolReason> Reasons)
{
    public bool IsMove => ProposedTier is not null && ProposedTier != CurrentTier;
}
