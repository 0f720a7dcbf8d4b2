using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Audit;
using Seedbed.Core.Data;

namespace Seedbed.Web.Security;

/// <summary>
/// Builds the <see cref="Session"/> of a signed-in principal: its scope (docs/accounts.md) and its audit actor. A service
/// officer's assigned enterprises are read from the database and cached for a short time.
/// </summary>
public sealed class SessionFactory(IDbContextFactory<SeedbedDb> factory, TimeProvider clock)
{
    private static readonly TimeSpan AssignmentCache = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, AccessScope Scope)> _assignments = new(StringComparer.Ordinal);

    public async Task<Session> ForAsync(ClaimsPrincipal user, string? ip, CancellationToken ct = default)
    {
        if (user.Identity is not { IsAuthenticated: true } || user.UserId() is not { } userId) return Session.Anonymous;
        var role = user.Role() ?? "";
        var scope = role switch
        {
            Roles.BureauAdmin or Roles.BureauStaff => AccessScope.Everything,
            Roles.JurisdictionOfficer when user.IntClaim(SeedbedClaims.Jurisdiction) is { } j => AccessScope.Jurisdiction(j),
            Roles.Enterprise when user.IntClaim(SeedbedClaims.Enterprise) is { } e => AccessScope.Enterprises([e]),
            Roles.ServiceOfficer => await AssignedAsync(userId, ct),
            _ => AccessScope.Nothing,
        };
        return new Session(user, scope, new AuditActor(user.Identity.Name ?? userId, role, ip));
    }

    /// <summary>Forget cached assignments (after an assignment changes).</summary>
    public void Invalidate(string userId) => _assignments.TryRemove(userId, out _);

    private async Task<AccessScope> AssignedAsync(string userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_assignments.TryGetValue(userId, out var hit) && now - hit.At < AssignmentCache) return hit.Scope;
        await using var db = await factory.CreateDbContextAsync(ct);
        var ids = await db.ServiceAssignments.Where(a => a.OfficerId == userId).Select(a => a.EnterpriseId).ToListAsync(ct);
        var scope = AccessScope.Enterprises(ids);
        _assignments[userId] = (now, scope);
        return scope;
    }
}

/// <summary>Sets the session for every HTTP request (after authentication), and sends a first sign-in to the password change.</summary>
public sealed class SessionMiddleware(RequestDelegate next, SessionFactory sessions)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var session = await sessions.ForAsync(http.User, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        using var _ = SessionContext.Begin(session);
        if (http.User.MustChange() && !FirstPasswordChange.Allows(http))
        {
            await FirstPasswordChange.BlockAsync(http);
            return;
        }
        await next(http);
    }
}
