using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Enterprises;

public sealed record JurisdictionItem(int Id, string Name, JurisdictionKind Kind);

/// <summary>The jurisdictions (属地) in the order of the task table.</summary>
[UseCase]
public sealed class ListJurisdictions(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<IReadOnlyList<JurisdictionItem>> ExecuteAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Jurisdictions.OrderBy(j => j.SortOrder).Select(j => new JurisdictionItem(j.Id, j.Name, j.Kind)).ToListAsync(ct);
    }
}
