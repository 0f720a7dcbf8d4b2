using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Pipeline;

/// <summary>One year of the funnel: enterprises in the reserve and application pools at some time during the year, and
/// enterprises newly certified during it. <see cref="Jurisdiction"/> is <see cref="PoolFunnel.District"/> for the total.</summary>
public sealed record FunnelRow(int Year, string Jurisdiction, int Reserve, int Application, int Certified);

/// <summary>The reserve → application → certified funnel per year and jurisdiction, from the move history (scoped).</summary>
[UseCase]
public sealed class PoolFunnel(IDbContextFactory<SeedbedDb> factory)
{
    public const string District = "全区";

    public async Task<IReadOnlyList<FunnelRow>> ExecuteAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var h = await PoolHistory.LoadAsync(db, ct);
        var order = await db.Jurisdictions.OrderBy(j => j.SortOrder).Select(j => j.Name).ToListAsync(ct);
        var rows = new List<FunnelRow>();
        foreach (var year in h.Years)
        {
            var counts = new Dictionary<string, (int R, int A, int C)>();
            foreach (var id in h.Enterprises)
            {
                var during = h.TiersDuring(id, year);
                var c = (R: during.Contains(PoolTier.Reserve) ? 1 : 0, A: during.Contains(PoolTier.Application) ? 1 : 0,
                    C: h.EnteredDuring(id, PoolTier.Certified, year) ? 1 : 0);
                foreach (var key in new[] { District, h.JurisdictionOf.GetValueOrDefault(id, "") })
                {
                    var v = counts.GetValueOrDefault(key);
                    counts[key] = (v.R + c.R, v.A + c.A, v.C + c.C);
                }
            }
            foreach (var name in order.Prepend(District))
            {
                var v = counts.GetValueOrDefault(name);
                rows.Add(new FunnelRow(year, name, v.R, v.A, v.C));
            }
        }
        return rows;
    }
}
