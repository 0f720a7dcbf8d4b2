namespace Seedbed.Core.Assessment;

/// <summary>
/// A stored assessment of one enterprise against one rule-set version on one date, with the snapshot of the facts it
/// used, so that it can be shown and reproduced exactly later (re-evaluating FactsJson with that version gives ResultJson).
/// </summary>
public class Evaluation
{
    public long Id { get; set; }
    public int EnterpriseId { get; set; }
    public required string RuleSetId { get; set; }
    public int RuleSetVersion { get; set; }
    public DateOnly AsOf { get; set; }
    /// <summary>pass, fail or undetermined.</summary>
    public required string Verdict { get; set; }
    public required string Route { get; set; }
    public int? ScoreMin { get; set; }
    public int? ScoreMax { get; set; }
    /// <summary>Ids of the failed conditions, comma-separated (for the district view).</summary>
    public string FailedConditions { get; set; } = "";
    public required string ResultJson { get; set; }
    public required string FactsJson { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string Actor { get; set; }
    /// <summary>Groups the evaluations of one batch run (<c>seedbed assess --all</c>).</summary>
    public string? RunId { get; set; }
}
