namespace Seedbed.Web.Api;

/// <summary>
/// Who and where changes come from, for the automatic history: the signed-in user's name (every API endpoint requires
/// sign-in, so the fixed name is only a fallback).
/// </summary>
public static class ApiActor
{
    public const string Source = "接口";
    public const string Anonymous = "接口用户";
    public static string Of(HttpContext http) => http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } n } ? n : Anonymous;
}
