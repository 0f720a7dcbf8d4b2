using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Enterprises;

/// <summary>Enterprises of one jurisdiction, and how many of them hold a national HNTE certificate valid on the given date.</summary>
public sealed record JurisdictionCount(string Jurisdiction, int Enterprises, int ValidHnte);

/// <summary>The overview table (企业库概览): counts per jurisdiction in task-table order, all jurisdictions listed.</summary>
[UseCase]
public sealed class CountByJurisdiction(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<IReadOnlyList<JurisdictionCount>> ExecuteAsync(DateOnly asOf, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var counts = await db.Enterprises.GroupBy(e => e.JurisdictionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var hnte = await db.Enterprises
            .Where(e => e.Qualifications.Any(q => q.Kind == "hnte" && q.IssuedOn <= asOf && (q.ExpiresOn == null || q.ExpiresOn >= asOf)))
            .GroupBy(e => e.JurisdictionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var jurisdictions = await db.Jurisdictions.OrderBy(j => j.SortOrder).Select(j => new { j.Id, j.Name }).ToListAsync(ct);
        return jurisdictions.Select(j => new JurisdictionCount(j.Name, counts.GetValueOrDefault(j.Id), hnte.GetValueOrDefault(j.Id))).ToList();
    }
}
