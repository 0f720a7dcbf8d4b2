using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>Stores a new plan (the default plan or an imported table) the same way: with its 考核 scheme, active when
/// no plan is, in one transaction with one <c>create</c> audit entry.</summary>
internal static class PlanWriter
{
    public static async Task AddAsync(SeedbedDb db, Plan plan, Func<int, AssessmentScheme> scheme, string auditDetail, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        plan.IsActive = !await db.Plans.AnyAsync(p => p.IsActive, ct);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        db.AssessmentSchemes.Add(scheme(plan.Id));
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "create", Target(plan.Id), "success", auditDetail));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The audit target of a plan and everything in it (indicators, targets, hand-entered values).</summary>
    public static string Target(int planId) => "plan:" + planId.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Numbers of plans as people write them: 74.6, 2.5, 227 (no trailing zeros); — when there is none.</summary>
public static class PlanNumbers
{
    public const string Missing = "—";

    public static string Format(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? Missing;
}
