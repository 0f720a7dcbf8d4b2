using Microsoft.EntityFrameworkCore;

namespace Seedbed.Core.Data;

/// <summary>Creates the provider-specific context for the configured database. Safe for Blazor circuits and the CLI.</summary>
public sealed class SeedbedDbFactory : IDbContextFactory<SeedbedDb>
{
    private readonly DbContextOptions<SqliteSeedbedDb>? _sqlite;
    private readonly DbContextOptions<PostgresSeedbedDb>? _postgres;

    private readonly Audit.AuditActorProvider _actors;

    private readonly Accounts.AccessScopeProvider _scopes;

    public SeedbedDbFactory(DatabaseSettings settings, Audit.AuditActorProvider? actors = null, Accounts.AccessScopeProvider? scopes = null)
    {
        _scopes = scopes ?? new Accounts.AccessScopeProvider();
        Settings = settings;
        _actors = actors ?? new Audit.AuditActorProvider();
        if (settings.Provider == DatabaseProvider.Sqlite)
            _sqlite = new DbContextOptionsBuilder<SqliteSeedbedDb>()
                .UseSqlite(settings.ConnectionString, o => o.CommandTimeout(120))
                .AddInterceptors(new SqliteConnectionSettings())
                .Options;
        else
            _postgres = new DbContextOptionsBuilder<PostgresSeedbedDb>()
                .UseNpgsql(settings.ConnectionString, o => o.CommandTimeout(120))
                .Options;
    }

    public DatabaseSettings Settings { get; }

    public SeedbedDb CreateDbContext()
    {
        SeedbedDb db = _sqlite is not null ? new SqliteSeedbedDb(_sqlite) : new PostgresSeedbedDb(_postgres!);
        db.Auditor = _actors.Current();
        db.Scope = _scopes.Current();
        return db;
    }
}
