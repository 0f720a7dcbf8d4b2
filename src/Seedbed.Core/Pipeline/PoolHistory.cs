using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Pipeline;

/// <summary>The move history replayed in memory: each enterprise's tier on any date, and what entered a tier in a year.</summary>
internal sealed class PoolHistory
{
    private readonly Dictionary<int, List<(DateOnly On, string Tier)>> _moves;

    private PoolHistory(Dictionary<int, List<(DateOnly, string)>> moves, Dictionary<int, string> jurisdictionOf)
    {
        _moves = moves;
        JurisdictionOf = jurisdictionOf;
    }

    public Dictionary<int, string> JurisdictionOf { get; }
    public IEnumerable<int> Enterprises => _moves.Keys;
    public IEnumerable<int> Years => _moves.Values.SelectMany(m => m).Select(m => m.On.Year).Distinct().Order();

    /// <param name="districtWide">true for district-wide aggregates (plan progress: query filters ignored); false = the session's scope</param>
    /// <param name="withJurisdictions">false when the caller knows the enterprises' jurisdictions (<see cref="JurisdictionOf"/> stays empty)</param>
    /// <param name="until">only the moves dated up to this day (the history as it stood then); null = all</param>
    public static async Task<PoolHistory> LoadAsync(SeedbedDb db, CancellationToken ct, bool districtWide = false, bool withJurisdictions = true,
        DateOnly? until = null)
    {
        var allMoves = districtWide ? db.PoolMoves.IgnoreQueryFilters() : db.PoolMoves;
        if (until is { } u) allMoves = allMoves.Where(m => m.On <= u);
        var enterprises = districtWide ? db.Enterprises.IgnoreQueryFilters() : db.Enterprises;
        var moves = await ReadMovesAsync(db, allMoves.OrderBy(m => m.On).ThenBy(m => m.Id), ct);
        var jurisdictions = !withJurisdictions ? [] : await (
            from e in enterprises join j in db.Jurisdictions on e.JurisdictionId equals j.Id
            where allMoves.Any(m => m.EnterpriseId == e.Id) select new { e.Id, j.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        return new PoolHistory(moves, jurisdictions);
    }

    /// <summary>Each enterprise's moves in the query's order, read straight from the query's own command (tens of thousands
    /// of moves on a district's dashboard: a third of the time of materialising and grouping them through EF).</summary>
    private static async Task<Dictionary<int, List<(DateOnly, string)>>> ReadMovesAsync(SeedbedDb db, IQueryable<PoolMove> ordered, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var command = ordered.Select(m => new { m.EnterpriseId, m.On, m.ToTier }).CreateDbCommand();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var moves = new Dictionary<int, List<(DateOnly, string)>>();
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetInt32(0);
            if (!moves.TryGetValue(id, out var list)) moves[id] = list = new List<(DateOnly, string)>(2);
            list.Add((reader.GetFieldValue<DateOnly>(1), reader.GetString(2)));
        }
        return moves;
    }

    /// <summary>The tier at the start of a day (moves dated that day not yet applied); null = not in the pool.</summary>
    public string? TierBefore(int enterpriseId, DateOnly day)
    {
        string? tier = null;
        foreach (var (on, t) in _moves[enterpriseId])
        {
            if (on >= day) break;
            tier = t;
        }
        return tier;
    }

    /// <summary>The tiers an enterprise was in at some time during the year.</summary>
    public HashSet<string> TiersDuring(int enterpriseId, int year)
    {
        var set = new HashSet<string>();
        if (TierBefore(enterpriseId, new DateOnly(year, 1, 1)) is { } start) set.Add(start);
        foreach (var (on, t) in _moves[enterpriseId].Where(m => m.On.Year == year)) set.Add(t);
        return set;
    }

    public bool EnteredDuring(int enterpriseId, string tier, int year) =>
        _moves[enterpriseId].Any(m => m.On.Year == year && m.Tier == tier) && TierBefore(enterpriseId, new DateOnly(year, 1, 1)) != tier;

    /// <summary>
    /// The observed conversion rate before <paramref name="year"/>: Σ members of the application pool on 1 January of an
    /// earlier year Y certified during Y ÷ Σ those pools (district-wide); the rules' default rate without such history.
    /// </summary>
    public PoolConversion ConversionRate(int year, decimal defaultRate)
    {
        int pool = 0, certified = 0;
        var observed = new List<int>();
        foreach (var past in Years.Where(p => p < year))
        {
            var start = new DateOnly(past, 1, 1);
            var members = Enterprises.Where(id => TierBefore(id, start) == PoolTier.Application).ToList();
            if (members.Count == 0) continue;
            observed.Add(past);
            pool += members.Count;
            certified += members.Count(id => EnteredDuring(id, PoolTier.Certified, past));
        }
        return pool == 0
            ? new PoolConversion(defaultRate, true, observed, 0, 0)
            : new PoolConversion(Math.Round((decimal)certified / pool, 4), false, observed, pool, certified);
    }

    public static bool IsFunnelTier(string t) => t is PoolTier.Reserve or PoolTier.Application or PoolTier.Certified;
}

/// <summary>A conversion rate from the application pool to certification, and the sample it was observed on (empty = default).</summary>
internal sealed record PoolConversion(decimal Rate, bool IsDefault, IReadOnlyList<int> ObservedYears, int ObservedPool, int ObservedCertified);
