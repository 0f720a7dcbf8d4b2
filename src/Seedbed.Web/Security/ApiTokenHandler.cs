using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Seedbed.Core.Accounts;

namespace Seedbed.Web.Security;

/// <summary>
/// <c>Authorization: Bearer sbt_…</c>: a personal API token (stored hashed, revocable). The account's current claims
/// are built on every request, so disabling the account or revoking the token takes effect at once.
/// </summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokens tokens, IUserClaimsPrincipalFactory<SeedbedUser> claims) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request)) return AuthenticateResult.NoResult();
        var presented = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var user = await tokens.ValidateAsync(presented, Context.RequestAborted);
        if (user is null) return AuthenticateResult.Fail("接口令牌无效、已吊销或账号已停用");
        var principal = await claims.CreateAsync(user);
        var identity = new System.Security.Claims.ClaimsIdentity(principal.Claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new System.Security.Claims.ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
