using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Seedbed.Core;
using Seedbed.Core.Data;
using Seedbed.Core.Plans;

namespace Seedbed.Bench;

/// <summary>
/// <c>dashboard [--pg &lt;admin connection&gt;] [--dir &lt;folder&gt;] [--runs N] [--warmup N]</c>: fills a database (SQLite file in
/// the folder, or a database <c>seedbed_bench_dashboard</c> on the PostgreSQL server) with <see cref="DashboardData"/>
/// — reused when already filled — loads the default plan and times every request the dashboard makes (the use cases
/// the page and the API call, each with a fresh context as on the server): median and max of N runs after the first
/// call of each and N warm-up rounds of all of them (default 10).
/// </summary>
internal static class DashboardRun
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    public static async Task<int> RunAsync(string[] args)
    {
        string? Opt(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var runs = int.Parse(Opt("--runs") ?? "15", CultureInfo.InvariantCulture);
        var warmups = int.Parse(Opt("--warmup") ?? "10", CultureInfo.InvariantCulture);
        var values = new Dictionary<string, string?>();
        var pg = Opt("--pg");
        if (pg is not null)
        {
            const string Name = "seedbed_bench_dashboard";
            await using (var admin = new NpgsqlConnection(pg))
            {
                await admin.OpenAsync();
                await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{Name}'", admin);
                if (await exists.ExecuteScalarAsync() is null)
                {
                    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{Name}\" ENCODING 'UTF8' TEMPLATE template0", admin);
                    await create.ExecuteNonQueryAsync();
                }
            }
            values["Seedbed:Database:Provider"] = "postgres";
            values["ConnectionStrings:Seedbed"] = new NpgsqlConnectionStringBuilder(pg) { Database = Name }.ConnectionString;
        }
        else values["Seedbed:DataDirectory"] = Opt("--dir") ?? Path.Combine(Path.GetTempPath(), "seedbed-bench-dashboard");
        var config = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        await using var services = new ServiceCollection().AddSeedbedCore(config, Path.GetTempPath()).BuildServiceProvider();
        var settings = services.GetRequiredService<DatabaseSettings>();
        Console.WriteLine($"provider {settings.Provider}; load average {LoadAverage()}");
        var sw = Stopwatch.StartNew();
        await services.GetRequiredService<SeedbedInitializer>().MigrateAsync();
        await FillAsync(services, settings);
        var plan = await services.GetRequiredService<LoadDefaultPlan>().ExecuteAsync();
        Console.WriteLine($"database ready in {sw.Elapsed.TotalSeconds:F1} s");
        await DashboardTimings.PrintAsync(services, plan.PlanId, Today, runs, warmups);
        Console.WriteLine($"load average {LoadAverage()}");
        return 0;
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static async Task FillAsync(IServiceProvider services, DatabaseSettings settings)
    {
        var factory = services.GetRequiredService<IDbContextFactory<SeedbedDb>>();
        await using var db = await factory.CreateDbContextAsync();
        if (await db.Enterprises.AnyAsync())
        {
            Console.WriteLine($"reusing the filled database: {await db.Enterprises.CountAsync():N0} enterprises, {await db.FiscalYears.CountAsync():N0} fiscal years");
            return;
        }
        var order = await db.Jurisdictions.OrderBy(j => j.SortOrder).Select(j => j.Id).ToListAsync();
        var byOrder = order.Select((id, k) => (id, k)).ToDictionary(x => x.k + 1, x => x.id);
        Func<string, string[], IEnumerable<object?[]>, long> write = settings.Provider == DatabaseProvider.Sqlite
            ? (t, c, r) => DashboardWriter.Sqlite(settings.ConnectionString, t, c, r)
            : (t, c, r) => DashboardWriter.Postgres(settings.ConnectionString, t, c, r);
        void Table(string name, string[] columns, IEnumerable<object?[]> rows)
        {
            var sw = Stopwatch.StartNew();
            var n = write(name, columns, rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {n:N0} rows in {sw.Elapsed.TotalSeconds:F1} s"));
        }
        Table("Enterprises", DashboardData.EnterpriseColumns, DashboardData.EnterpriseRows(byOrder));
        Table("FiscalYears", DashboardData.FiscalYearColumns, DashboardData.FiscalYearRows());
        Table("Qualifications", DashboardData.QualificationColumns, DashboardData.QualificationRows());
        Table("IpItems", DashboardData.IpColumns, DashboardData.IpRows());
        Table("RdInstitutions", DashboardData.InstitutionColumns, DashboardData.InstitutionRows());
        Table("PoolMoves", DashboardData.PoolMoveColumns, DashboardData.PoolMoveRows());
        Table("PoolMemberships", DashboardData.PoolMembershipColumns, DashboardData.PoolMembershipRows());
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            // the explicit ids of the enterprises: move the identity on; then the statistics autovacuum would gather
            await db.Database.ExecuteSqlRawAsync("SELECT setval(pg_get_serial_sequence('\"Enterprises\"', 'Id'), (SELECT max(\"Id\") FROM \"Enterprises\"))");
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }
}
