using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Seedbed.Core.Accounts;

namespace Seedbed.Web.Security;

/// <summary>
/// Sign-in for the web host (docs/accounts.md): Identity cookie for the UI (idle timeout, sliding), personal API tokens
/// for scripts, a policy scheme that picks one per request, role policies, rate limiting on the login form.
/// </summary>
public static class SeedbedAuth
{
    public const string Scheme = "Seedbed";
    public const string LoginPath = "/account/login";

    public static TimeSpan IdleTimeout(IConfiguration config) => TimeSpan.FromMinutes(config.GetValue("Seedbed:IdleTimeoutMinutes", 30.0));

    public static IServiceCollection AddSeedbedAuth(this IServiceCollection services, IConfiguration config)
    {
        // the keys that protect sign-in cookies and antiforgery tokens live with the data, so sessions survive a restart
        var settings = Core.Data.DatabaseSettings.From(k => config[k], Directory.GetCurrentDirectory());
        services.AddDataProtection().SetApplicationName("Seedbed")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataDirectory, "keys")));
        new IdentityBuilder(typeof(SeedbedUser), typeof(IdentityRole), services)
            .AddSignInManager()
            .AddClaimsPrincipalFactory<SeedbedClaimsFactory>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or API token", o => o.ForwardDefaultSelector = http =>
                ApiTokenHandler.HasBearer(http.Request) ? ApiTokenHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "seedbed.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;   // no cookie on cross-site POSTs (with antiforgery tokens on forms)
            o.ExpireTimeSpan = IdleTimeout(config);   // idle timeout: sliding, renewed by requests
            o.SlidingExpiration = true;
            o.LoginPath = LoginPath;
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Events.OnRedirectToLogin = c => ApiStatusOr(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiStatusOr(c, StatusCodes.Status403Forbidden);
        });
        // a disabled account or a reset password ends cookie sessions within a minute
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Admin, p => p.RequireRole(Policies.AdminRoles))
            .AddPolicy(Policies.Bureau, p => p.RequireRole(Policies.BureauRoles))
            .AddPolicy(Policies.Enterprises, p => p.RequireRole(Policies.EnterpriseRoles))
            .AddPolicy(Policies.ExportLists, p => p.RequireRole(Policies.ExportRoles))
            .AddPolicy(Policies.Reviewers, p => p.RequireRole(Policies.ReviewerRoles))
            .AddPolicy(Policies.SunriseApplicants, p => p.RequireRole(Policies.SunriseApplicantRoles))
            .AddPolicy(Policies.Plans, p => p.RequireRole(Policies.PlanRoles));
        services.AddCascadingAuthenticationState();
        services.AddScoped<CircuitActivity>();
        services.AddScoped<AuthenticationStateProvider, SeedbedAuthenticationStateProvider>();
        services.AddScoped<CircuitHandler, CircuitSessionHandler>();
        services.AddSingleton<SessionFactory>();
        services.AddScoped<SignInService>();

        var perMinute = config.GetValue("Seedbed:LoginAttemptsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (c, ct) =>
            {
                c.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await c.HttpContext.Response.WriteAsync("登录尝试过于频繁，请一分钟后再试。", ct);
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments(LoginPath, StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetFixedWindowLimiter("login:" + http.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    /// <summary>Middleware order: headers, rate limiter, authentication, session, authorization.</summary>
    public static WebApplication UseSeedbedAuth(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<SessionMiddleware>();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Answered with a status code, never redirected to the login page: the API, its description, the circuit hub.</summary>
    public static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/api/docs", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase);

    private static Task ApiStatusOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c, int status)
    {
        if (IsMachinePath(c.Request.Path)) c.Response.StatusCode = status;
        else
            c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }
}
