using System.Security.Claims;
using Seedbed.Core.Accounts;
using Seedbed.Core.Audit;

namespace Seedbed.Web.Security;

/// <summary>Who is acting in the current request or circuit event: the scope the data layer enforces and the audit actor.</summary>
public sealed record Session(ClaimsPrincipal User, AccessScope Scope, AuditActor Actor)
{
    /// <summary>No one signed in: sees nothing.</summary>
    public static readonly Session Anonymous = new(new ClaimsPrincipal(new ClaimsIdentity()), AccessScope.Nothing, new AuditActor("匿名", "anonymous"));

    /// <summary>The application itself (start-up: migrations, demo data, first admin).</summary>
    public static readonly Session System = new(new ClaimsPrincipal(new ClaimsIdentity()), AccessScope.Everything, AuditActor.System);
}

/// <summary>
/// The session of the current async flow. Set by <see cref="SessionMiddleware"/> for every HTTP request and by
/// <see cref="CircuitSessionHandler"/> for every Blazor circuit event; read by the data layer's
/// <see cref="AccessScopeProvider"/> and <see cref="AuditActorProvider"/>. Outside any session the scope is empty
/// (deny by default), so work that is not done for a user must say so with <see cref="Begin"/>(<see cref="Session.System"/>).
/// </summary>
public static class SessionContext
{
    private static readonly AsyncLocal<Session?> Value = new();

    public static Session? Current => Value.Value;

    public static IDisposable Begin(Session session)
    {
        var previous = Value.Value;
        Value.Value = session;
        return new Restore(previous);
    }

    /// <summary>Points the data layer's providers at the current session (web host only; the CLI keeps its own).</summary>
    public static void Wire(IServiceProvider services)
    {
        services.GetRequiredService<AccessScopeProvider>().Current = () => Current?.Scope ?? AccessScope.Nothing;
        services.GetRequiredService<AuditActorProvider>().Current = () => Current?.Actor ?? AuditActor.System;
    }

    private sealed class Restore(Session? previous) : IDisposable
    {
        public void Dispose() => Value.Value = previous;
    }
}
