using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Seedbed.Core;
using Seedbed.Core.Data;

namespace Seedbed.Core.Tests.Support;

/// <summary>
/// A real, empty, migrated database for one test: a SQLite file in a temp folder, or a fresh database on the
/// throwaway PostgreSQL server that ./test.sh starts (connection string in SEEDBED_TEST_PG). Disposed = deleted.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SEEDBED_TEST_PG";

    private readonly string? _dir;
    private readonly string? _pgName;
    private readonly ServiceProvider _services;

    private TestDatabase(string provider, string? dir, string? pgName, ServiceProvider services)
    {
        Provider = provider; _dir = dir; _pgName = pgName; _services = services;
    }

    public string Provider { get; }
    public IServiceProvider Services => _services;
    public IDbContextFactory<SeedbedDb> Factory => _services.GetRequiredService<IDbContextFactory<SeedbedDb>>();
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();
    public SeedbedDb NewContext() => Factory.CreateDbContext();

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var values = new Dictionary<string, string?>();
        string? dir = null, pgName = null;
        if (provider == "sqlite")
        {
            dir = Directory.CreateTempSubdirectory("seedbed-test-").FullName;
            values["Seedbed:DataDirectory"] = dir;
        }
        else if (provider == "postgres")
        {
            var admin = AdminConnectionString();
            pgName = "seedbed_t_" + Guid.NewGuid().ToString("N")[..16];
            await using (var conn = new NpgsqlConnection(admin))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{pgName}\" ENCODING 'UTF8' TEMPLATE template0", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            values["Seedbed:Database:Provider"] = "postgres";
            values["ConnectionStrings:Seedbed"] = new NpgsqlConnectionStringBuilder(admin) { Database = pgName }.ConnectionString;
        }
        else throw new ArgumentOutOfRangeException(nameof(provider), provider, "sqlite or postgres");

        var config = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddSeedbedCore(config, dir ?? Path.GetTempPath()).BuildServiceProvider();
        await services.GetRequiredService<SeedbedInitializer>().MigrateAsync();
        return new TestDatabase(provider, dir, pgName, services);
    }

    public static string AdminConnectionString() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"PostgreSQL tests need a server: run ./test.sh (it installs and starts a throwaway PostgreSQL and sets {PostgresVariable}).");

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_dir is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_dir, true); } catch (IOException) { }
        }
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(AdminConnectionString());
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>Runs a [Theory] once per real database provider: SQLite and PostgreSQL.</summary>
public sealed class ProvidersAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [["sqlite"], ["postgres"]];
}
