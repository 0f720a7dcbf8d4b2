namespace Seedbed.Rules.Assessment;

// The assessment document's result for one enterprise (assessment-contract §3, seedbed.assessment/1).

public enum ConditionStatus { Pass, Fail, Unknown }
public enum Verdict { Pass, Fail, Undetermined }
public enum Route { Score, Direct }

/// <param name="Actual">decimal, int, string or null</param>
/// <param name="Required">decimal, int, string or null</param>
public sealed record ConditionResult(string Id, ConditionStatus Status, object? Actual, object? Required, string Citation, string Message);

public sealed record ScoreItemResult(string Id, string? Band, int Min, int Max, string Citation, string Message);

public sealed record ScoreResult(int Min, int Max, int Pass, IReadOnlyList<ScoreItemResult> Items);

public sealed record Gap(string Id, decimal Amount, string Unit, string Message);

public sealed record EnterpriseAssessment(
    string Uscc, Verdict Verdict, Route Route, IReadOnlyList<ConditionResult> Conditions, ScoreResult? Score,
    IReadOnlyList<Gap> Gaps, IReadOnlyList<string> ManualReview)
{
    public static Verdict Combine(IEnumerable<ConditionStatus> statuses)
    {
        var all = statuses.ToList();
        if (all.Contains(ConditionStatus.Fail)) return Verdict.Fail;
        return all.All(s => s == ConditionStatus.Pass) ? Verdict.Pass : Verdict.Undetermined;
    }
}
