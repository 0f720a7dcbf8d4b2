using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>A plan with its indicators and their targets (the plan page, <c>seedbed plan show</c>, <c>GET /api/plans/{id}</c>).</summary>
public sealed record PlanDetail(
    int Id, string Code, string Name, int BaselineYear, int FirstYear, int LastYear, string SourceDocument, string IssuingOffice,
    bool IsActive, DateTime CreatedAt, string CreatedBy, IReadOnlyList<IndicatorDetail> Indicators);

/// <param name="ActualSource"><see cref="ActualSources"/>: computed from Seedbed's data or entered by hand</param>
/// <param name="Targets">by year, district-wide (Jurisdiction null) first, then the jurisdictions in the order stored</param>
public sealed record IndicatorDetail(
    int Id, string Code, string Name, string Unit, string ActualSource, string? Metric, decimal? Baseline, string SourceClause, string? Note,
    bool ByJurisdiction, IReadOnlyList<TargetItem> Targets)
{
    public bool IsManual => ActualSource == ActualSources.Manual;
}

/// <param name="Kind"><see cref="TargetKinds"/>: new in the year (flow) or at year end (level)</param>
public sealed record TargetItem(int Year, string? Jurisdiction, string Kind, decimal? Committed, decimal? Stretch);

/// <summary>Reads one plan; null when there is none with that id.</summary>
[UseCase]
public sealed class GetPlan(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<PlanDetail?> ExecuteAsync(int planId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var p = await db.Plans.AsNoTracking().AsSplitQuery().Include(x => x.Indicators).ThenInclude(i => i.Targets)
            .SingleOrDefaultAsync(x => x.Id == planId, ct);
        if (p is null) return null;
        return new PlanDetail(p.Id, p.Code, p.Name, p.BaselineYear, p.FirstYear, p.LastYear, p.SourceDocument, p.IssuingOffice, p.IsActive,
            p.CreatedAt, p.CreatedBy,
            p.Indicators.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => new IndicatorDetail(
                i.Id, i.Code, i.Name, i.Unit, i.ActualSource, i.Metric, i.Baseline, i.SourceClause, i.Note, i.ByJurisdiction,
                i.Targets.OrderBy(t => t.Year).ThenBy(t => t.Jurisdiction is null ? 0 : 1).ThenBy(t => t.Id).ThenBy(t => t.Kind)
                    .Select(t => new TargetItem(t.Year, t.Jurisdiction, t.Kind, t.Committed, t.Stretch)).ToList())).ToList());
    }
}
