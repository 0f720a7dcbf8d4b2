namespace Seedbed.Web.Security;

/// <summary>Sign-out (a form POST with an antiforgery token) and the keep-alive the pages call while the user works.</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/account").ExcludeFromDescription();
        g.MapPost("/logout", async (HttpContext http, SignInService signIn, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            await signIn.SignOutAsync(http);
            return Results.LocalRedirect(SeedbedAuth.LoginPath);
        }).AllowAnonymous();
        // a request renews the sliding cookie; the interactive pages call this while the user is active (app.js)
        g.MapPost("/keepalive", () => TypedResults.NoContent()).DisableAntiforgery();
        return app;
    }
}
