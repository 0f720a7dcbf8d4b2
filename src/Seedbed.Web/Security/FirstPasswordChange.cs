using Microsoft.AspNetCore.Components.Endpoints;

namespace Seedbed.Web.Security;

/// <summary>
/// Forced password change on first sign-in (and after a reset): a cookie session whose account still has its one-time
/// password reaches only the account pages and static files; pages redirect to the change form, the API and the
/// interactive circuit answer 403. API tokens are exempt (they are issued to an account on purpose, for scripts).
/// </summary>
public static class FirstPasswordChange
{
    public const string Path = "/account/change-password";

    public static bool Allows(HttpContext http)
    {
        if (http.User.Identity?.AuthenticationType == ApiTokenHandler.SchemeName) return true;
        var path = http.Request.Path;
        if (path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)) return true;
        if (SeedbedAuth.IsMachinePath(path)) return false;
        // pages are component endpoints; everything else here is a static file
        return http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null;
    }

    public static Task BlockAsync(HttpContext http)
    {
        if (SeedbedAuth.IsMachinePath(http.Request.Path))
            return Results.Problem(title: "须先修改初始密码", detail: "首次登录或密码重置后须先修改密码（/account/change-password）", statusCode: StatusCodes.Status403Forbidden)
                .ExecuteAsync(http);
        http.Response.Redirect(Path);
        return Task.CompletedTask;
    }
}
