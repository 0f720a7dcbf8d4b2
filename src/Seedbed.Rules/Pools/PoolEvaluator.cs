using System.Globalization;
using Seedbed.Rules.Assessment;

namespace Seedbed.Rules.Pools;

/// <summary>
/// Decides which pool tier an enterprise belongs in on a date (pure: facts snapshot + rule data + date). Order:
/// a valid HNTE certificate → certified; the application rule → application; the reserve rule → reserve. Members that
/// meet no rule stay where they are until they have missed the rules for <see cref="PoolRules.LapsedYears"/> years
/// (then exit); certified members without a valid certificate exit. Manual and deregistration exits are never undone
/// by the rules (only by a manual move). Every reason carries the citation of its rule row.
/// </summary>
public static class PoolEvaluator
{
    public static PoolProposal Evaluate(PoolFacts f, DateOnly date, PoolRules rules)
    {
        var reasons = new List<PoolReason>();
        var current = f.CurrentTier;

        var cert = ValidCertificate(f, date, rules);
        if (cert is not null)
        {
            reasons.Add(new(rules.Certified.Id, rules.Certified.Citation, true,
                $"持有有效的国家高新技术企业证书 {cert.Number}（{Iso(cert.IssuedOn)} 至 {Iso(Expiry(cert, rules))}）"));
            return new(current, PoolTier.Certified, null, reasons);
        }
        if (current == PoolTier.Exited && f.CurrentExitReason is ExitReason.Manual or ExitReason.Deregistered)
        {
            reasons.Add(new("manual", "人工出库", false, $"已{ExitReason.NameOf(f.CurrentExitReason)}，规则不自动重新入库"));
            return new(current, current, f.CurrentExitReason, reasons);
        }

        var application = ApplicationMet(f, date, rules, reasons);
        var reserve = ReserveMet(f, date, rules, reasons, addReasons: true);
        var target = application ? PoolTier.Application : reserve ? PoolTier.Reserve : null;

        if (current == PoolTier.Certified)
        {
            var lapsed = f.Qualifications.Where(q => q.Kind == rules.CertifiedKind).OrderByDescending(q => Expiry(q, rules)).FirstOrDefault();
            reasons.Insert(0, new(rules.CertificateExpired.Id, rules.CertificateExpired.Citation, false, lapsed is null
                ? "没有有效的国家高新技术企业证书"
                : $"国家高新技术企业证书 {lapsed.Number} 已于 {Iso(Expiry(lapsed, rules))} 到期，未重新认定"));
            return target is null ? new(current, PoolTier.Exited, ExitReason.CertificateExpired, reasons) : new(current, target, null, reasons);
        }
        if (target is not null) return new(current, target, null, reasons);
        if (current is PoolTier.Reserve or PoolTier.Application && LapsedFor(f, date, rules))
        {
            reasons.Add(new(rules.Lapsed.Id, rules.Lapsed.Citation, false,
                $"连续 {rules.LapsedYears.ToString(CultureInfo.InvariantCulture)} 年不符合储备库、申报库入库条件"));
            return new(current, PoolTier.Exited, ExitReason.RulesLapsed, reasons);
        }
        // not in the pool and not meeting any rule, or a member waiting for the lapse period: no move
        return new(current, current, current == PoolTier.Exited ? f.CurrentExitReason : null, reasons);
    }

    public static PoolQualification? ValidCertificate(PoolFacts f, DateOnly date, PoolRules rules) =>
        f.Qualifications.Where(q => q.Kind == rules.CertifiedKind && q.IssuedOn <= date && date <= Expiry(q, rules))
            .OrderByDescending(q => q.IssuedOn).FirstOrDefault();

    /// <summary>The certificate's expiry date, or issue date + validity − 1 day when the certificate has none recorded.</summary>
    public static DateOnly Expiry(PoolQualification q, PoolRules rules) => q.ExpiresOn ?? q.IssuedOn.AddYears(rules.ValidityYears).AddDays(-1);

    /// <summary>Application pool: the latest evaluation passes, or is undetermined with its gaps within the limits.</summary>
    public static bool ApplicationMet(PoolFacts f, DateOnly date, PoolRules rules, List<PoolReason> reasons)
    {
        var row = rules.Application;
        void Say(bool met, string message) => reasons.Add(new(row.Id, row.Citation, met, message));
        var e = f.Evaluation;
        if (e is null || e.RuleSetId != rules.ApplicationRuleSet || e.AsOf > date)
        {
            Say(false, $"没有 {rules.ApplicationRuleSet} 的评估结果（请先运行评估）");
            return false;
        }
        if (date.DayNumber - e.AsOf.DayNumber > rules.MaxEvaluationAgeDays)
        {
            Say(false, $"最近一次评估（{Iso(e.AsOf)}）已超过 {N(rules.MaxEvaluationAgeDays)} 天，请重新评估");
            return false;
        }
        switch (e.Verdict)
        {
            case "pass":
                Say(true, $"{Iso(e.AsOf)} 评估结果：符合国家高新技术企业认定条件");
                return true;
            case "undetermined":
                var within = e.OpenConditions <= rules.MaxOpenConditions && e.YuanShortfall <= rules.MaxYuanShortfall
                    && e.ScoreShortfall <= rules.MaxScoreShortfall;
                Say(within, $"{Iso(e.AsOf)} 评估结果：待定，未通过条件 {N(e.OpenConditions)} 项（上限 {N(rules.MaxOpenConditions)}），"
                    + $"资金差距 {Yuan(e.YuanShortfall)}（上限 {Yuan(rules.MaxYuanShortfall)}），分数差距 {N(e.ScoreShortfall)} 分（上限 {N(rules.MaxScoreShortfall)}）"
                    + (within ? "，基本符合条件" : "，差距超出申报库上限"));
                return within;
            default:
                Say(false, $"{Iso(e.AsOf)} 评估结果：不符合认定条件" + (e.MainGap is null ? "" : $"，主要差距：{e.MainGap}"));
                return false;
        }
    }

    /// <summary>Reserve pool: income tax of the last complete fiscal year ≥ the minimum and an intention to apply this year,
    /// or a valid qualification of the listed kinds.</summary>
    public static bool ReserveMet(PoolFacts f, DateOnly date, PoolRules rules, List<PoolReason>? reasons, bool addReasons)
    {
        var qualification = f.Qualifications.FirstOrDefault(q => rules.ReserveKinds.Contains(q.Kind) && q.IssuedOn <= date
            && (q.ExpiresOn is null || date <= q.ExpiresOn));
        var fiscal = date.Year - 1;
        var tax = f.IncomeTaxByYear.TryGetValue(fiscal, out var t) ? t : null;
        var taxMet = tax is { } v && v >= rules.MinIncomeTax;
        var intention = !rules.RequireIntention || f.IntentionYears.Contains(date.Year);
        if (addReasons && reasons is not null)
        {
            var row = rules.ReserveIncomeTax;
            var taxText = tax is null ? $"{N(fiscal)} 年企业所得税未填报" : $"{N(fiscal)} 年企业所得税 {Yuan(tax.Value)}（门槛 {Yuan(rules.MinIncomeTax)}）";
            reasons.Add(new(row.Id, row.Citation, taxMet && intention,
                taxText + (intention ? $"，已登记 {N(date.Year)} 年申报意愿" : $"，未登记 {N(date.Year)} 年申报意愿")));
            if (qualification is not null)
                reasons.Add(new(rules.ReserveQualification.Id, rules.ReserveQualification.Citation, true,
                    $"持有有效的{QualificationName(qualification.Kind)}证书 {qualification.Number}"));
        }
        return qualification is not null || (taxMet && intention);
    }

    /// <summary>True when the reserve rule was not met in any of the last N years (this year included; application as of
    /// the date only, since earlier evaluations are not in the snapshot).</summary>
    public static bool LapsedFor(PoolFacts f, DateOnly date, PoolRules rules)
    {
        for (var back = 1; back < rules.LapsedYears; back++)
        {
            var d = date.AddYears(-back);
            if (ReserveMet(f, d, rules, null, addReasons: false)) return false;
        }
        return true;
    }

    private static string QualificationName(string kind) => kind switch
    {
        "hz-hnte" => "杭州市高新技术企业", "zj-tech-sme" => "浙江省科技型中小企业", "tech-sme" => "科技型中小企业", _ => kind,
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string N(decimal n) => n.ToString("0.##", CultureInfo.InvariantCulture);
    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Yuan(decimal y) => Text.Yuan(y);
}
