namespace Seedbed.Core.Plans;

/// <summary>A plan (方案/计划): name, period, source document, and its indicators. docs/plan.md.</summary>
public class Plan
{
    public int Id { get; set; }
    /// <summary>Stable key, e.g. <c>gongshu-2018-2020</c>.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>The year the baseline describes (2017 for the Gongshu plan).</summary>
    public int BaselineYear { get; set; }
    public int FirstYear { get; set; }
    public int LastYear { get; set; }
    /// <summary>The issuing document, e.g. 拱政办发〔2018〕… / 《拱墅区高新技术企业培育三年行动方案（2018-2020年）》.</summary>
    public required string SourceDocument { get; set; }
    /// <summary>The office that issues the plan's bulletins (通报落款), e.g. 拱墅区科学技术局.</summary>
    public required string IssuingOffice { get; set; }
    /// <summary>The plan the dashboard shows first (one at most).</summary>
    public bool IsActive { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public List<PlanIndicator> Indicators { get; set; } = [];
}

/// <summary>How an indicator's actual value is obtained.</summary>
public static class ActualSources
{
    /// <summary>Computed from Seedbed's records (<see cref="PlanIndicator.Metric"/> names the computation).</summary>
    public const string Computed = "computed";
    /// <summary>Entered by hand, each value with its source and date (<see cref="IndicatorActual"/>).</summary>
    public const string Manual = "manual";
}

/// <summary>What a target counts.</summary>
public static class TargetKinds
{
    /// <summary>New in the year (新增数): the flow during the year.</summary>
    public const string Flow = "flow";
    /// <summary>The level at the end of the year (总数/比重/规模): a stock or a rate.</summary>
    public const string Level = "level";
}

/// <summary>One indicator of a plan (指标): unit, baseline, targets by year, source clause, computed or hand-entered.</summary>
public class PlanIndicator
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    /// <summary>Stable key within the plan, e.g. <c>hnte</c>, <c>invention-patents</c>.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>家, 件, 个百分点, %, 亿元, 项, 个 …</summary>
    public required string Unit { get; set; }
    /// <summary><see cref="ActualSources"/>.</summary>
    public required string ActualSource { get; set; }
    /// <summary>For computed indicators: the computation (<see cref="PlanMetrics"/>), e.g. <c>first-certified:hnte</c>.</summary>
    public string? Metric { get; set; }
    /// <summary>District baseline (value in <see cref="Plan.BaselineYear"/>); null when the source does not state it.</summary>
    public decimal? Baseline { get; set; }
    /// <summary>The quoted clause of the source document the targets come from.</summary>
    public required string SourceClause { get; set; }
    /// <summary>Whether the targets are split by jurisdiction (the task table) or district-wide only.</summary>
    public bool ByJurisdiction { get; set; }
    public int SortOrder { get; set; }
    /// <summary>How the indicator's targets were derived when the source does not give them directly (docs/plan.md).</summary>
    public string? Note { get; set; }
    public List<PlanTarget> Targets { get; set; } = [];
}

/// <summary>A target of an indicator for a year: committed (任务数/新增数) and stretch (力争数); district-wide or one jurisdiction.</summary>
public class PlanTarget
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    /// <summary>null = the whole district (全区).</summary>
    public string? Jurisdiction { get; set; }
    /// <summary><see cref="TargetKinds"/>.</summary>
    public required string Kind { get; set; }
    public decimal? Committed { get; set; }
    public decimal? Stretch { get; set; }
}

/// <summary>A hand-entered actual value of an indicator for a period (year or quarter), with its source and date.</summary>
public class IndicatorActual
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    /// <summary>1–4, or null for the whole year.</summary>
    public int? Quarter { get; set; }
    /// <summary>null = the whole district.</summary>
    public string? Jurisdiction { get; set; }
    public decimal Value { get; set; }
    /// <summary>Where the figure comes from (统计局快报, 区财政局, …).</summary>
    public required string Source { get; set; }
    /// <summary>The date the figure describes or was published.</summary>
    public DateOnly AsOf { get; set; }
    public required string EnteredBy { get; set; }
    public DateTime EnteredAt { get; set; }
}

/// <summary>A 考核 scheme: which indicators score the jurisdictions, with weights and scoring rules, for quarters or years.</summary>
public class AssessmentScheme
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string Name { get; set; }
    /// <summary><c>year</c> or <c>quarter</c>: the periods the scheme is meant for (both can be scored).</summary>
    public required string PeriodKind { get; set; }
    public bool IsActive { get; set; }
    public List<SchemeItem> Items { get; set; } = [];
}

/// <summary>One scored indicator of a scheme.</summary>
public class SchemeItem
{
    public int Id { get; set; }
    public int SchemeId { get; set; }
    public required string IndicatorCode { get; set; }
    /// <summary>Points for full completion.</summary>
    public decimal Weight { get; set; }
    /// <summary><see cref="ScoringRules"/> code.</summary>
    public required string Rule { get; set; }
    /// <summary>Cap of the completion rate for <c>completion-capped</c> (1.2 = 120 %).</summary>
    public decimal? Cap { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>The scoring rules a scheme item can use.</summary>
public static class ScoringRules
{
    /// <summary>weight × min(actual ÷ time-adjusted committed target, cap).</summary>
    public const string CompletionCapped = "completion-capped";
    /// <summary>weight when actual ≥ the time-adjusted committed target, else 0.</summary>
    public const string Threshold = "threshold";
    /// <summary>weight × actual ÷ the best jurisdiction's actual (for indicators without jurisdiction targets).</summary>
    public const string RelativeToBest = "relative-to-best";

    public static readonly IReadOnlyList<(string Code, string Name)> All =
        [(CompletionCapped, "完成率计分（封顶）"), (Threshold, "达标计分"), (RelativeToBest, "相对最优计分")];
}

/// <summary>A published bulletin (通报): the frozen snapshot of the numbers for a period, rendered to .xlsx and PDF from it.</summary>
public class Bulletin
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int? SchemeId { get; set; }
    /// <summary><c>2019</c> or <c>2019Q3</c>.</summary>
    public required string Period { get; set; }
    public required string Title { get; set; }
    /// <summary>文号, e.g. 拱科通〔2019〕3号.</summary>
    public required string Number { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateTime GeneratedAt { get; set; }
    public required string GeneratedBy { get; set; }
    /// <summary>The snapshot (JSON, versioned): every number the bulletin shows; never recomputed.</summary>
    public required string SnapshotJson { get; set; }
    /// <summary>SHA-256 (hex) of <see cref="SnapshotJson"/>, checked before rendering.</summary>
    public required string SnapshotSha256 { get; set; }
}
