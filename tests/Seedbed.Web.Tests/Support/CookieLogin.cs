using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Seedbed.Web.Tests.Support;

/// <summary>Signs in through the real login form (antiforgery token included), as a browser would, with a cookie client.</summary>
public static partial class CookieLogin
{
    public static HttpClient NewClient(SeedbedWebFactory factory) =>
        factory.AnonymousClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(path);
        var token = TokenPattern().Match(html);
        if (!token.Success) throw new InvalidOperationException("no antiforgery token on " + path);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value, ["_handler"] = formName };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        PostFormAsync(client, "/account/login", "login", new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
