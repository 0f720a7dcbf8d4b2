using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Assessment;
using Seedbed.Core.Data;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Pipeline;

/// <summary>
/// Loads the facts the pool rules need for every enterprise in scope with a handful of set-based queries (no per-enterprise
/// round trips): income tax per year, intentions, qualifications, current tier, and the latest stored evaluation of the
/// application pool's rule set dated on or before the date (its result JSON reduced to a <see cref="PoolEvaluation"/>).
/// </summary>
internal static class PoolSnapshot
{
    private const int Chunk = 500;

    public sealed record Row(int EnterpriseId, string Name, string Uscc, int JurisdictionId, PoolFacts Facts);

    public static async Task<List<Row>> LoadAsync(SeedbedDb db, DateOnly date, string ruleSetId, CancellationToken ct)
    {
        var enterprises = await db.Enterprises.AsNoTracking().OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Name, e.Uscc, e.JurisdictionId }).ToListAsync(ct);
        var taxes = (await db.FiscalYears.AsNoTracking().Select(y => new { y.EnterpriseId, y.Year, y.IncomeTax }).ToListAsync(ct))
            .ToLookup(y => y.EnterpriseId);
        var intentions = (await db.PoolIntentions.AsNoTracking().Select(i => new { i.EnterpriseId, i.Year }).ToListAsync(ct))
            .ToLookup(i => i.EnterpriseId, i => i.Year);
        var qualifications = (await db.Qualifications.AsNoTracking()
                .Select(q => new { q.EnterpriseId, q.Kind, q.Number, q.IssuedOn, q.ExpiresOn }).ToListAsync(ct))
            .ToLookup(q => q.EnterpriseId, q => new PoolQualification(q.Kind, q.Number, q.IssuedOn, q.ExpiresOn));
        var members = await db.PoolMemberships.AsNoTracking().ToDictionaryAsync(m => m.EnterpriseId, ct);
        var evaluations = await LatestEvaluationsAsync(db, date, ruleSetId, ct);
        return enterprises.Select(e =>
        {
            members.TryGetValue(e.Id, out var m);
            var facts = new PoolFacts(
                taxes[e.Id].ToDictionary(y => y.Year, y => y.IncomeTax),
                intentions[e.Id].ToHashSet(),
                qualifications[e.Id].ToList(),
                evaluations.GetValueOrDefault(e.Id), m?.Tier, m?.ExitReason);
            return new Row(e.Id, e.Name, e.Uscc, e.JurisdictionId, facts);
        }).ToList();
    }

    /// <summary>The newest stored evaluation per enterprise of <paramref name="ruleSetId"/> dated on or before the date
    /// (null date = any), digested.</summary>
    public static async Task<Dictionary<int, PoolEvaluation>> LatestEvaluationsAsync(SeedbedDb db, DateOnly? date, string ruleSetId,
        CancellationToken ct, IReadOnlyCollection<int>? enterpriseIds = null)
    {
        var q = db.Evaluations.AsNoTracking().Where(e => e.RuleSetId == ruleSetId);
        if (date is { } d) q = q.Where(e => e.AsOf <= d);
        if (enterpriseIds is not null) q = q.Where(e => enterpriseIds.Contains(e.EnterpriseId));
        var ids = await q.GroupBy(e => e.EnterpriseId).Select(g => g.Max(e => e.Id)).ToListAsync(ct);
        var result = new Dictionary<int, PoolEvaluation>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            var rows = await db.Evaluations.AsNoTracking().Where(e => chunk.Contains(e.Id))
                .Select(e => new { e.Id, e.EnterpriseId, e.RuleSetId, e.AsOf, e.Verdict, e.ResultJson }).ToListAsync(ct);
            foreach (var r in rows) result[r.EnterpriseId] = Digest(r.Id, r.RuleSetId, r.AsOf, r.Verdict, r.ResultJson);
        }
        return result;
    }

    /// <summary>Reduces a stored result (assessment document format) to what the pool rules and lists need.</summary>
    public static PoolEvaluation Digest(long id, string ruleSetId, DateOnly asOf, string verdict, string resultJson)
    {
        using var doc = JsonDocument.Parse(resultJson);
        var root = doc.RootElement;
        var open = 0;
        string? firstOpen = null;
        foreach (var c in root.GetProperty("conditions").EnumerateArray())
        {
            if (c.GetProperty("status").GetString() == "pass") continue;
            open++;
            firstOpen ??= c.GetProperty("message").GetString();
        }
        decimal yuan = 0, points = 0;
        string? firstGap = null;
        foreach (var g in root.GetProperty("gaps").EnumerateArray())
        {
            var amount = g.GetProperty("amount").GetDecimal();
            switch (g.GetProperty("unit").GetString())
            {
                case "yuan": yuan += amount; break;
                case "points": points += amount; break;
            }
            firstGap ??= g.GetProperty("message").GetString();
        }
        return new PoolEvaluation(id, ruleSetId, asOf, verdict, open, yuan, points, firstGap ?? firstOpen);
    }
}
