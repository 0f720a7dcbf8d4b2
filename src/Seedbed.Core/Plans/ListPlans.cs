using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>One plan in the list of plans.</summary>
public sealed record PlanListItem(
    int Id, string Code, string Name, int BaselineYear, int FirstYear, int LastYear, string IssuingOffice, string SourceDocument,
    bool IsActive, int Indicators, DateTime CreatedAt, string CreatedBy);

/// <summary>Every plan, the active one first, then the newest.</summary>
[UseCase]
public sealed class ListPlans(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<IReadOnlyList<PlanListItem>> ExecuteAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Plans.AsNoTracking().OrderByDescending(p => p.IsActive).ThenByDescending(p => p.Id)
            .Select(p => new PlanListItem(p.Id, p.Code, p.Name, p.BaselineYear, p.FirstYear, p.LastYear, p.IssuingOffice, p.SourceDocument,
                p.IsActive, p.Indicators.Count, p.CreatedAt, p.CreatedBy))
            .ToListAsync(ct);
    }
}
