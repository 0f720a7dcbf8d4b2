namespace Seedbed.Rules.Assessment;

// The assessment document's result for one enterprise (assessment-contract §3, seedbed.assessment/1).
//
// A condition, score item or gap is an immutable value. Its decision (status, band, points, amounts) is fixed when the
// rules run; its Chinese text and boxed actual value may be made on first read from the numbers the rules kept
// (docs/assessment.md "Texts on demand"): the same text every time, so equality and hashing compare them as values.

public enum ConditionStatus { Pass, Fail, Unknown }
public enum Verdict { Pass, Fail, Undetermined }
public enum Route { Score, Direct }

public class ConditionResult : IEquatable<ConditionResult>
{
    private object? _actual;
    private string? _message;

    /// <param name="Actual">decimal, int, string or null</param>
    /// <param name="Required">decimal, int, string or null</param>
    public ConditionResult(string Id, ConditionStatus Status, object? Actual, object? Required, string Citation, string Message)
        : this(Id, Status, Required, Citation)
    {
        _actual = Actual;
        _message = Message;
    }

    /// <summary>For a result whose text (and boxed actual) is made on first read by <see cref="Render"/> and <see cref="MakeActual"/>.</summary>
    private protected ConditionResult(string id, ConditionStatus status, object? required, string citation)
    {
        Id = id; Status = status; Required = required; Citation = citation;
    }

    public string Id { get; }
    public ConditionStatus Status { get; }
    /// <summary>decimal, int, string or null</summary>
    public object? Actual => _actual ??= MakeActual();
    /// <summary>decimal, int, string or null</summary>
    public object? Required { get; }
    public string Citation { get; }
    public string Message => _message ??= Render();

    private protected virtual object? MakeActual() => null;
    private protected virtual string Render() => "";

    public bool Equals(ConditionResult? other) => other is not null && (ReferenceEquals(this, other)
        || (Id == other.Id && Status == other.Status && Equals(Actual, other.Actual) && Equals(Required, other.Required)
            && Citation == other.Citation && Message == other.Message));

    public override bool Equals(object? obj) => Equals(obj as ConditionResult);
    public override int GetHashCode() => HashCode.Combine(Id, Status, Actual, Required, Citation, Message);
    public static bool operator ==(ConditionResult? a, ConditionResult? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(ConditionResult? a, ConditionResult? b) => !(a == b);

    public override string ToString() =>
        $"ConditionResult {{ Id = {Id}, Status = {Status}, Actual = {Actual}, Required = {Required}, Citation = {Citation}, Message = {Message} }}";
}

public class ScoreItemResult : IEquatable<ScoreItemResult>
{
    private string? _message;

    public ScoreItemResult(string Id, string? Band, int Min, int Max, string Citation, string Message)
        : this(Id, Band, Min, Max, Citation) => _message = Message;

    /// <summary>For an item whose text is made on first read by <see cref="Render"/>.</summary>
    private protected ScoreItemResult(string id, string? band, int min, int max, string citation)
    {
        Id = id; Band = band; Min = min; Max = max; Citation = citation;
    }

    public string Id { get; }
    public string? Band { get; }
    public int Min { get; }
    public int Max { get; }
    public string Citation { get; }
    public string Message => _message ??= Render();

    private protected virtual string Render() => "";

    public bool Equals(ScoreItemResult? other) => other is not null && (ReferenceEquals(this, other)
        || (Id == other.Id && Band == other.Band && Min == other.Min && Max == other.Max && Citation == other.Citation
            && Message == other.Message));

    public override bool Equals(object? obj) => Equals(obj as ScoreItemResult);
    public override int GetHashCode() => HashCode.Combine(Id, Band, Min, Max, Citation, Message);
    public static bool operator ==(ScoreItemResult? a, ScoreItemResult? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(ScoreItemResult? a, ScoreItemResult? b) => !(a == b);

    public override string ToString() =>
        $"ScoreItemResult {{ Id = {Id}, Band = {Band}, Min = {Min}, Max = {Max}, Citation = {Citation}, Message = {Message} }}";
}

public sealed record ScoreResult(int Min, int Max, int Pass, IReadOnlyList<ScoreItemResult> Items);

public class Gap : IEquatable<Gap>
{
    private string? _message;

    public Gap(string Id, decimal Amount, string Unit, string Message) : this(Id, Amount, Unit) => _message = Message;

    /// <summary>For a gap whose text is made on first read by <see cref="Render"/>.</summary>
    private protected Gap(string id, decimal amount, string unit)
    {
        Id = id; Amount = amount; Unit = unit;
    }

    public string Id { get; }
    public decimal Amount { get; }
    public string Unit { get; }
    public string Message => _message ??= Render();

    private protected virtual string Render() => "";

    public bool Equals(Gap? other) => other is not null && (ReferenceEquals(this, other)
        || (Id == other.Id && Amount == other.Amount && Unit == other.Unit && Message == other.Message));

    public override bool Equals(object? obj) => Equals(obj as Gap);
    public override int GetHashCode() => HashCode.Combine(Id, Amount, Unit, Message);
    public static bool operator ==(Gap? a, Gap? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(Gap? a, Gap? b) => !(a == b);

    public override string ToString() => $"Gap {{ Id = {Id}, Amount = {Amount}, Unit = {Unit}, Message = {Message} }}";
}

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
