using Seedbed.Core.Audit;

namespace Seedbed.Web.Components.Pages.Admin;

/// <summary>
/// The audit filter as the page keeps it in its address (and passes it on to the export link): text as typed, days as
/// <c>yyyy-MM-dd</c> (Beijing days, <c>To</c> inclusive). <see cref="AuditFilter.Parse"/> reads it the same way the API does.
/// </summary>
public sealed record AuditQuery(string? User = null, string? Enterprise = null, string? Action = null, string? From = null,
    string? To = null, string? Result = null)
{
    public AuditFilter ToFilter() => AuditFilter.Parse(User, Enterprise, Action, From, To, Result);

    public Dictionary<string, object?> ToQueryString() => new()
    {
        ["user"] = Blank(User), ["enterprise"] = Blank(Enterprise), ["action"] = Blank(Action),
        ["from"] = Blank(From), ["to"] = Blank(To), ["result"] = Blank(Result),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
