namespace Seedbed.Core.Plans;

/// <summary>Traffic lights of progress (docs/plan.md): on time-adjusted completion ≥ 100 % green, ≥ 80 % yellow, else
/// red; none = no target for the period or no actual value entered.</summary>
public static class Lights
{
    public const string Green = "green";
    public const string Yellow = "yellow";
    public const string Red = "red";
    public const string None = "none";

    public const decimal YellowFrom = 0.8m;

    public static string Of(decimal? timeAdjustedCompletion) => timeAdjustedCompletion switch
    {
        null => None,
        >= 1m => Green,
        >= YellowFrom => Yellow,
        _ => Red,
    };
}

/// <summary>The progress of a plan for a period: every indicator, district row first, then each jurisdiction.</summary>
/// <param name="AsOf">the date the actuals are counted to: the period's end, or the day it was read when that is earlier</param>
public sealed record PlanProgress(int PlanId, string PlanName, PlanPeriod Period, DateOnly AsOf, IReadOnlyList<IndicatorProgress> Indicators)
{
    /// <summary>Why there are no targets, when the period lies outside the plan's years (e.g. 2021 for a 2018–2020 plan); else null.</summary>
    public string? Notice { get; init; }
}

/// <param name="Kind">the kind of the targets compared (<see cref="TargetKinds"/>): flow during the period's year, or level at its end</param>
/// <param name="Rows">the district row (Jurisdiction null) first, then the jurisdictions in the order of the registry</param>
public sealed record IndicatorProgress(
    string Code, string Name, string Unit, string ActualSource, string Kind, bool ByJurisdiction, string SourceClause,
    IReadOnlyList<ProgressRow> Rows)
{
    /// <summary>For computed indicators: what is counted (<see cref="PlanMetrics"/>); null for hand-entered ones.</summary>
    public string? Metric { get; init; }
    /// <summary>The district baseline (value in the plan's baseline year), when the plan states it.</summary>
    public decimal? Baseline { get; init; }
    /// <summary>The same indicator compared with its level targets (年末总数, e.g. 国高企 227 by 2020) when its main
    /// comparison (<see cref="Kind"/>) is the flow and the plan also sets level targets; null otherwise.</summary>
    public IndicatorProgress? LevelProgress { get; init; }
    /// <summary>How <see cref="ProgressRow.Projection"/> was computed (pool size, conversion rate and its sample); null without projection.</summary>
    public string? ProjectionNote { get; init; }
}

/// <summary>One indicator for the district or one jurisdiction.</summary>
/// <param name="Committed">the year's committed target (flow: new in the year; level: at year end); null = none</param>
/// <param name="Expected">time-adjusted committed target at the period's end (what should be done by now)</param>
/// <param name="Actual">null = not known (a hand-entered indicator without a value)</param>
/// <param name="Completion">Actual ÷ Committed</param>
/// <param name="StretchCompletion">Actual ÷ Stretch</param>
/// <param name="TimeAdjustedCompletion">Actual ÷ Expected</param>
/// <param name="Rank">rank among the jurisdictions on time-adjusted completion (ties share a rank); null for the district</param>
/// <param name="Projection">projected value at year end (HNTE: actual + application pool × conversion rate)</param>
/// <param name="ActualNote">where a hand-entered actual comes from (source, date); null for computed ones</param>
public sealed record ProgressRow(
    string? Jurisdiction, decimal? Committed, decimal? Stretch, decimal? Expected, decimal? Actual,
    decimal? Completion, decimal? StretchCompletion, decimal? TimeAdjustedCompletion, string Light, int? Rank,
    decimal? Projection, string? ActualNote);

/// <summary>A jurisdiction's 考核 result for a period under a scheme.</summary>
public sealed record JurisdictionScore(string Jurisdiction, decimal Total, int Rank, IReadOnlyList<ItemScore> Items);

/// <summary>The points of one scheme item: the value it was scored on (completion rate or share of the best) and the points.</summary>
/// <param name="Basis">completion rate (time-adjusted) or share of the best jurisdiction's actual; null = not known (no actual)</param>
/// <param name="Points">rounded to 2 decimals (<see cref="SchemeScoring"/>)</param>
/// <param name="Note">why the item was scored as it was when it is not plain (no target, no actual, capped), in Chinese; null otherwise</param>
public sealed record ItemScore(string IndicatorCode, string Rule, decimal Weight, decimal? Basis, decimal Points, string? Note = null);
