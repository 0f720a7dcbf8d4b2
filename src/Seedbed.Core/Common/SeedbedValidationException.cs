namespace Seedbed.Core.Common;

/// <summary>One problem with input: where (<c>企业!B5</c>, <c>enterprises[2].years[0].rdExpense</c>, or a form field) and why, in Chinese.</summary>
public sealed record InputIssue(string Location, string Message)
{
    public override string ToString() => string.IsNullOrEmpty(Location) ? Message : $"{Location}：{Message}";
}

/// <summary>
/// The one business-error type: bad input or a broken business rule. Mapped to 422 ProblemDetails by the API,
/// shown as a message by the UI, exit code 2 by the CLI. Nothing has been written when it is thrown.
/// </summary>
public sealed class SeedbedValidationException : Exception
{
    public SeedbedValidationException(IReadOnlyList<InputIssue> issues)
        : base(string.Join("；", issues.Take(5).Select(i => i.ToString())) + (issues.Count > 5 ? $"（共{issues.Count}处错误）" : ""))
        => Issues = issues;

    public SeedbedValidationException(string location, string message) : this([new InputIssue(location, message)]) { }

    public SeedbedValidationException() : this("", "输入有误") { }
    public SeedbedValidationException(string message) : this("", message) { }
    public SeedbedValidationException(string message, Exception inner) : base(message, inner) => Issues = [new InputIssue("", message)];

    public IReadOnlyList<InputIssue> Issues { get; }
}

/// <summary>A page of a server-side paged list.</summary>
public sealed record Paged<T>(int Total, IReadOnlyList<T> Items);
