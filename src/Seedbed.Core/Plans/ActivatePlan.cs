using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>
/// Makes a plan the active one (the plan the dashboard, the forecast and the bulletins use); the others become
/// inactive, so at most one is active. False when there is no such plan. Audited as <c>update</c> (not when it already was).
/// </summary>
[UseCase]
public sealed class ActivatePlan(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<bool> ExecuteAsync(int planId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var plans = await db.Plans.Where(p => p.Id == planId || p.IsActive).ToListAsync(ct);
        var plan = plans.SingleOrDefault(p => p.Id == planId);
        if (plan is null) return false;
        var previous = plans.Where(p => p.IsActive && p.Id != planId).ToList();
        if (plan.IsActive && previous.Count == 0) return true;
        foreach (var p in previous) p.IsActive = false;
        plan.IsActive = true;
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "update", PlanWriter.Target(plan.Id), "success",
            $"启用计划“{plan.Name}”（{plan.Code}）" + (previous.Count > 0 ? $"，停用“{string.Join("”“", previous.Select(p => p.Name))}”" : "")));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
