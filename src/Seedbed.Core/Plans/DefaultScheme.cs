namespace Seedbed.Core.Plans;

/// <summary>
/// The default 考核 scheme of the Gongshu plan (方案 三、14：将以“国高企”培育认定为导向的科技型中小微企业培育和梯队型科技企业
/// 培育库建设作为考核重要内容): 国高企新增 60 points scored on completion of the jurisdiction's committed target, capped at
/// 120 %; 市高企和省科小 25 and 旭日计划 15 points relative to the best jurisdiction (the plan sets no per-jurisdiction
/// targets for them). Editable per plan; the weights are a documented choice (docs/plan.md).
/// </summary>
public static class DefaultScheme
{
    public static AssessmentScheme Build(int planId) => new()
    {
        PlanId = planId, Name = "街道（园区）国高企培育考核", PeriodKind = "quarter", IsActive = true,
        Items =
        [
            new SchemeItem { IndicatorCode = "hnte", Weight = 60, Rule = ScoringRules.CompletionCapped, Cap = 1.2m, SortOrder = 1 },
            new SchemeItem { IndicatorCode = "hz-hnte-zj-sme", Weight = 25, Rule = ScoringRules.RelativeToBest, SortOrder = 2 },
            new SchemeItem { IndicatorCode = "sunrise", Weight = 15, Rule = ScoringRules.RelativeToBest, SortOrder = 3 },
        ],
    };
}
