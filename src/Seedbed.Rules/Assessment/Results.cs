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
    private readonly string? _id, _citation;
    private readonly object? _required;
    private object? _actual;
    private string? _message;

    /// <param name="Actual">decimal, int, string or null</param>
    /// <param name="Required">decimal, int, string or null</param>
    public ConditionResult(string Id, ConditionStatus Status, object? Actual, object? Required, string Citation, string Message)
    {
        _id = Id; this.Status = Status; _actual = Actual; _required = Required; _citation = Citation; _message = Message;
    }

    /// <summary>For a result of a rule row that gives <see cref="Id"/>, <see cref="Required"/> and <see cref="Citation"/>
    /// itself, and makes its text (and boxed actual) on first read by <see cref="Render"/> and <see cref="MakeActual"/>.</summary>
    private protected ConditionResult(ConditionStatus status) => Status = status;

    public virtual string Id => _id!;
    public ConditionStatus Status { get; }
    /// <summary>decimal, int, string or null</summary>
    public object? Actual => _actual ??= MakeActual();
    /// <summary>decimal, int, string or null</summary>
    public virtual object? Required => _required;
    public virtual string Citation => _citation!;
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
    private readonly string? _id, _band, _citation;
    private string? _message;

    public ScoreItemResult(string Id, string? Band, int Min, int Max, string Citation, string Message)
    {
        _id = Id; _band = Band; this.Min = Min; this.Max = Max; _citation = Citation; _message = Message;
    }

    /// <summary>For an item of a rule row that gives <see cref="Id"/>, <see cref="Band"/> and <see cref="Citation"/>
    /// itself, and makes its text on first read by <see cref="Render"/>.</summary>
    private protected ScoreItemResult(int min, int max)
    {
        Min = min; Max = max;
    }

    public virtual string Id => _id!;
    public virtual string? Band => _band;
    public int Min { get; }
    public int Max { get; }
    public virtual string Citation => _citation!;
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
    private readonly string? _id, _unit;
    private string? _message;

    public Gap(string Id, decimal Amount, string Unit, string Message)
    {
        _id = Id; this.Amount = Amount; _unit = Unit; _message = Message;
    }

    /// <summary>For a gap of a rule row that gives <see cref="Id"/> and <see cref="Unit"/> itself, and makes its text
    /// on first read by <see cref="Render"/>.</summary>
    private protected Gap(decimal amount) => Amount = amount;

    public virtual string Id => _id!;
    public decimal Amount { get; }
    public virtual string Unit => _unit!;
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
