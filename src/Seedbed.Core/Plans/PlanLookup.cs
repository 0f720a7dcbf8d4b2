using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>Loading a plan for reading (progress, trends, drill-down): by id, or the active plan when no id is given.</summary>
internal static class PlanLookup
{
    /// <returns>null when there is no such plan (or no active plan)</returns>
    public static Task<Plan?> LoadAsync(SeedbedDb db, int? planId, CancellationToken ct)
    {
        var plans = db.Plans.AsNoTracking().Include(p => p.Indicators).ThenInclude(i => i.Targets).AsSplitQuery();
        return planId is { } id ? plans.SingleOrDefaultAsync(p => p.Id == id, ct) : plans.SingleOrDefaultAsync(p => p.IsActive, ct);
    }

    /// <summary>The kind an indicator is compared on first: flow when the plan sets flow targets for it, else level.</summary>
    public static string MainKind(PlanIndicator i) => i.Targets.Any(t => t.Kind == TargetKinds.Flow) ? TargetKinds.Flow : TargetKinds.Level;

    /// <summary>Whether a flow indicator also has a level target in the year (国高企: 2020年达到227家), compared as well.</summary>
    public static bool HasLevelToo(PlanIndicator i, int year) =>
        MainKind(i) == TargetKinds.Flow && i.Targets.Any(t => t.Kind == TargetKinds.Level && t.Year == year);
}
