using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>
/// What the progress of a plan is computed from, read once per request: the plan, the jurisdictions of the registry,
/// the hand-entered values, and the computed actuals. The actuals are counted up front, all queries at once, each on
/// its own context (docs/benchmarks.md, "Plan dashboard"). PostgreSQL groups them by jurisdiction itself (a hash
/// join); SQLite joins record by record through the B-tree, which at 100,000 enterprises costs more than reading the
/// enterprise ids of the records and every enterprise's jurisdiction and adding them up here.
/// </summary>
internal sealed class ProgressInputs
{
    private readonly Dictionary<(string Metric, string Kind, int Year, DateOnly End), Dictionary<int, int>> _counts = [];

    private ProgressInputs(SeedbedDb db, Plan plan, List<(int Id, string Name)> registry, List<IndicatorActual> entries)
    {
        Db = db; Plan = plan; Registry = registry; Entries = entries;
    }

    public SeedbedDb Db { get; }
    public Plan Plan { get; }
    /// <summary>The jurisdictions of the registry in task-table order.</summary>
    public List<(int Id, string Name)> Registry { get; }
    /// <summary>Hand-entered values of the plan's indicators (of the year asked for, or all).</summary>
    public List<IndicatorActual> Entries { get; }

    /// <param name="year">only the hand-entered values of this year; null = all years</param>
    public static async Task<ProgressInputs> LoadAsync(SeedbedDb db, Plan plan, int? year, CancellationToken ct)
    {
        var registry = (await db.Jurisdictions.AsNoTracking().OrderBy(j => j.SortOrder).Select(j => new { j.Id, j.Name }).ToListAsync(ct))
            .Select(j => (j.Id, j.Name)).ToList();
        var ids = plan.Indicators.Select(i => i.Id).ToList();
        var entries = db.IndicatorActuals.AsNoTracking().Where(a => ids.Contains(a.IndicatorId));
        if (year is { } y) entries = entries.Where(a => a.Year == y);
        return new ProgressInputs(db, plan, registry, await entries.ToListAsync(ct));
    }

    /// <summary>Counts the computed actuals the periods need (main kind, and level where the year has a level target) and
    /// reads the enterprises' jurisdictions, concurrently.</summary>
    /// <param name="only">one indicator (the trend), or null for all of the plan's</param>
    public async Task CountAsync(IDbContextFactory<SeedbedDb> factory, IEnumerable<(PlanPeriod Period, DateOnly AsOf)> periods,
        PlanIndicator? only, CancellationToken ct)
    {
        var wanted = (from p in periods
                      from i in only is null ? Plan.Indicators : [only]
                      where i.ActualSource == ActualSources.Computed && i.Metric is not null
                      from kind in PlanLookup.HasLevelToo(i, p.Period.Year) ? new[] { PlanLookup.MainKind(i), TargetKinds.Level } : [PlanLookup.MainKind(i)]
                      select (i.Metric!, kind, p.Period.Year, p.AsOf)).Distinct().ToList();
        async Task<T> On<T>(Func<SeedbedDb, Task<T>> read)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await read(db);
        }
        if (Db.Database.IsNpgsql())
        {
            var counts = await MetricItems.CountInDatabaseAsync(Db, wanted, ct);
            for (var k = 0; k < wanted.Count; k++) _counts[wanted[k]] = counts.GetValueOrDefault(k) ?? [];
            return;
        }
        var map = On(db => ReadJurisdictionsAsync(db, ct));
        var lists = wanted.Select(w => On(db => MetricItems.EnterpriseIdsAsync(db, w.Item1, w.kind, w.Year, w.AsOf, ct))).ToList();
        var jurisdictionOf = await map;
        for (var k = 0; k < wanted.Count; k++)
            _counts[wanted[k]] = (await lists[k]).GroupBy(id => jurisdictionOf.GetValueOrDefault(id)).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>A computed actual per jurisdiction id, as counted by <see cref="CountAsync"/>.</summary>
    public Dictionary<int, int> Counts(string metric, string kind, int year, DateOnly asOf) => _counts[(metric, kind, year, asOf)];

    /// <summary>Enterprise id → jurisdiction id, district-wide: two integer columns of every enterprise, read directly
    /// (half the time of materialising them through EF at 100,000 enterprises).</summary>
    private static async Task<Dictionary<int, int>> ReadJurisdictionsAsync(SeedbedDb db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """SELECT "Id", "JurisdictionId" FROM "Enterprises" """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var map = new Dictionary<int, int>();
        while (await reader.ReadAsync(ct)) map[reader.GetInt32(0)] = reader.GetInt32(1);
        return map;
    }
}
