using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

public sealed record PlanListItem(int Id, string Code, string Name, int BaselineYear, int FirstYear, int LastYear, bool IsActive,
    string SourceDocument, string IssuingOffice, int Indicators);

/// <summary>The plans, the active plan first, then the most recent.</summary>
[UseCase]
public sealed class ListPlans(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<IReadOnlyList<PlanListItem>> ExecuteAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Plans.AsNoTracking().OrderByDescending(p => p.IsActive).ThenByDescending(p => p.LastYear).ThenByDescending(p => p.Id)
            .Select(p => new PlanListItem(p.Id, p.Code, p.Name, p.BaselineYear, p.FirstYear, p.LastYear, p.IsActive, p.SourceDocument,
                p.IssuingOffice, p.Indicators.Count))
            .ToListAsync(ct);
    }
}
