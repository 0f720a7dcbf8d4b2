using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>Deletes a hand-entered value of a plan (a wrong entry); false when the plan has no such value. Audited as <c>delete</c>.</summary>
[UseCase]
public sealed class DeleteActual(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<bool> ExecuteAsync(int planId, int actualId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var actual = await db.IndicatorActuals.SingleOrDefaultAsync(a => a.Id == actualId, ct);
        var indicator = actual is null ? null
            : await db.PlanIndicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == actual.IndicatorId && i.PlanId == planId, ct);
        if (actual is null || indicator is null) return false;
        db.IndicatorActuals.Remove(actual);
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "delete", PlanWriter.Target(planId), "success", $"删除{ActualValues.Describe(indicator, actual)}"));
        await db.SaveChangesAsync(ct);
        return true;
    }
}
