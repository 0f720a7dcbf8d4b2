namespace Seedbed.Web.Api;

/// <summary>
/// Who and where changes come from, for the automatic history. There is no sign-in yet, so the API records a fixed
/// actor; once authentication exists, the signed-in user's name is used.
/// </summary>
public static class ApiActor
{
    public const string Source = "接口";
    public const string Anonymous = "接口用户";
    public static string Of(HttpContext http) => http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } n } ? n : Anonymous;
}
