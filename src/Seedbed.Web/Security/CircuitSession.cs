using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Seedbed.Core.Accounts;

namespace Seedbed.Web.Security;

/// <summary>The last user activity in a Blazor circuit (for the idle timeout).</summary>
public sealed class CircuitActivity(TimeProvider clock)
{
    public DateTimeOffset Last { get; private set; } = clock.GetUtcNow();
    public void Touch() => Last = clock.GetUtcNow();
}

/// <summary>
/// Runs every inbound circuit event (clicks, input, JS calls) inside the signed-in user's <see cref="Session"/>, so the
/// data layer scopes and audits Blazor pages exactly like HTTP requests.
/// </summary>
public sealed class CircuitSessionHandler(AuthenticationStateProvider auth, SessionFactory sessions, CircuitActivity activity) : CircuitHandler
{
    private Session? _session;
    private ClaimsPrincipal? _for;
    private string? _ip;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) => async context =>
    {
        activity.Touch();
        _ip ??= SessionContext.Current?.Actor.Ip;   // the circuit's connection request set it
        var user = (await auth.GetAuthenticationStateAsync()).User;
        if (_session is null || !ReferenceEquals(user, _for))
        {
            _session = await sessions.ForAsync(user, _ip);
            _for = user;
        }
        using var _ = SessionContext.Begin(_session);
        await next(context);
    };
}

/// <summary>
/// Re-checks an open circuit every minute: the account still exists, is not disabled, its security stamp is unchanged
/// (password reset, disable), and the user was active within the idle timeout. Otherwise the circuit signs out.
/// </summary>
public sealed class SeedbedAuthenticationStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes, CircuitActivity activity,
    TimeProvider clock, IConfiguration config) : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() - activity.Last > SeedbedAuth.IdleTimeout(config)) return false;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SeedbedUser>>();
        var user = await users.GetUserAsync(authenticationState.User);
        if (user is null || user.Disabled) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        var stamp = authenticationState.User.FindFirstValue(scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
