using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>The outcome of loading the default plan: its id, and whether it was already there (nothing changed).</summary>
public sealed record LoadedPlan(int PlanId, string Name, bool AlreadyLoaded, int Indicators, int Targets);

/// <summary>
/// Loads the 2018–2020 Gongshu plan (<see cref="DefaultPlan"/>) with its default 考核 scheme; idempotent (a plan with
/// the same code is left as it is). It becomes the active plan when no plan is active. Audited as <c>create</c>.
/// </summary>
[UseCase]
public sealed class LoadDefaultPlan(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<LoadedPlan> ExecuteAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var existing = await db.Plans.Include(p => p.Indicators).ThenInclude(i => i.Targets).SingleOrDefaultAsync(p => p.Code == DefaultPlan.Code, ct);
        if (existing is not null)
            return new(existing.Id, existing.Name, true, existing.Indicators.Count, existing.Indicators.Sum(i => i.Targets.Count));
        var plan = DefaultPlan.Build(db.Auditor.User, db.UtcNow());
        var targets = plan.Indicators.Sum(i => i.Targets.Count);
        await PlanWriter.AddAsync(db, plan, DefaultScheme.Build, $"载入默认计划“{plan.Name}”：{plan.Indicators.Count} 项指标，{targets} 个目标值", ct);
        return new(plan.Id, plan.Name, false, plan.Indicators.Count, targets);
    }
}
