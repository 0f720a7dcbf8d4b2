using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>
/// What the progress of a plan is computed from, read once per request: the plan, the jurisdictions of the registry,
/// the hand-entered values, and the computed actuals. The actuals are counted up front (docs/benchmarks.md, "Plan
/// dashboard"): every counted set is read as the enterprise ids of its records, each on its own context and thread,
/// alongside every enterprise's jurisdiction, and added up per jurisdiction here. On both databases that is faster
/// than letting the database join the records with the enterprises (SQLite joins record by record through the B-tree;
/// PostgreSQL hashes all enterprises for one big statement on the same two cores).
/// </summary>
internal sealed class ProgressInputs
{
    private readonly Dictionary<(string Metric, string Kind, int Year, DateOnly End), Dictionary<int, int>> _counts = [];
    /// <summary>Enterprise id → jurisdiction id (0 = none), read by <see cref="CountAsync"/>.</summary>
    private Func<int, int>? _jurisdictionOf;

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
        // Microsoft.Data.Sqlite runs "async" reads synchronously: each read is started on the thread pool to run side by side
        Task<T> On<T>(Func<SeedbedDb, Task<T>> read) => Task.Run(async () =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await read(db);
        }, ct);
        var map = On(db => ReadJurisdictionsAsync(db, ct));
        var lists = wanted.Select(w => On(db => MetricItems.EnterpriseIdsAsync(db, w.Item1, w.kind, w.Year, w.AsOf, ct))).ToList();
        var jurisdictionOf = _jurisdictionOf = await map;
        for (var k = 0; k < wanted.Count; k++)
            _counts[wanted[k]] = CountBy(await lists[k], jurisdictionOf);
    }

    /// <summary>A computed actual per jurisdiction id, as counted by <see cref="CountAsync"/>.</summary>
    public Dictionary<int, int> Counts(string metric, string kind, int year, DateOnly asOf) => _counts[(metric, kind, year, asOf)];

    /// <summary>Counts per jurisdiction id of some enterprises, district-wide (after <see cref="CountAsync"/>).</summary>
    public Dictionary<int, int> CountByJurisdiction(List<int> enterpriseIds) =>
        CountBy(enterpriseIds, _jurisdictionOf ?? throw new InvalidOperationException("CountAsync reads the jurisdictions first"));

    /// <summary>Counts per jurisdiction id of the enterprise ids (0 = an id not in the registry).</summary>
    private static Dictionary<int, int> CountBy(List<int> enterpriseIds, Func<int, int> jurisdictionOf)
    {
        var counts = new Dictionary<int, int>();
        foreach (var id in enterpriseIds)
        {
            var j = jurisdictionOf(id);
            counts[j] = counts.GetValueOrDefault(j) + 1;
        }
        return counts;
    }

    /// <summary>Enterprise id → jurisdiction id (0 = no such enterprise), district-wide: two integer columns of every
    /// enterprise, read directly (half the time of materialising them through EF at 100,000 enterprises) into an array
    /// indexed by the id. Ids come from the database's identity column and are dense; an id far beyond the number of
    /// enterprises would make the array needlessly large, so past 64 × the rows read (+ 65,536) the map is refused and
    /// read again into a dictionary.</summary>
    private static async Task<Func<int, int>> ReadJurisdictionsAsync(SeedbedDb db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """SELECT "Id", "JurisdictionId" FROM "Enterprises" """;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            var map = new int[1024];
            var rows = 0;
            while (reader.Read())
            {
                var id = reader.GetInt32(0);
                if ((uint)id >= (uint)map.Length)
                {
                    if (id < 0 || id > 64L * rows + 65_536) { map = null; break; }
                    Array.Resize(ref map, Math.Max(map.Length * 2, id + 1));
                }
                map[id] = reader.GetInt32(1);
                rows++;
            }
            if (map is not null) return id => (uint)id < (uint)map.Length ? map[id] : 0;
        }
        var sparse = new Dictionary<int, int>();
        await using (var again = await command.ExecuteReaderAsync(ct))
            while (again.Read()) sparse[again.GetInt32(0)] = again.GetInt32(1);
        return id => sparse.GetValueOrDefault(id);
    }
}
