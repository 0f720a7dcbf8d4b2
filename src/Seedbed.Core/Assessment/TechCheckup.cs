using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Rules.Assessment;

namespace Seedbed.Core.Assessment;

public sealed record CheckupResult(RuleSet RuleSet, EnterpriseAssessment Result);

public sealed record CheckupView(int EnterpriseId, string Uscc, string Name, string Jurisdiction, DateOnly Date,
    EnterpriseFacts Facts, IReadOnlyList<CheckupResult> Results);

/// <summary>
/// 科技度体检: one enterprise against every rule set in force on a date, side by side, optionally under a what-if
/// scenario (nothing saved), or saved as evaluations (with the self-assessment grades in the facts snapshot).
/// </summary>
[UseCase]
public sealed class TechCheckup(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<CheckupView> ExecuteAsync(int enterpriseId, DateOnly date, WhatIf? whatIf = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var e = await RegistryFacts.WithRecords(db).SingleOrDefaultAsync(x => x.Id == enterpriseId, ct)
            ?? throw new SeedbedValidationException("id", "企业不存在");
        var facts = RegistryFacts.ToFacts(e);
        if (whatIf is { IsEmpty: false }) facts = whatIf.ApplyTo(facts, date);
        var results = RuleSetCatalog.Ids
            .Select(id => RuleSetCatalog.All.Where(r => r.Id == id && r.InForceOn(date)).OrderByDescending(r => r.EffectiveFrom).FirstOrDefault())
            .Where(r => r is not null)
            .Select(r => new CheckupResult(r!, RuleEngine.Evaluate(facts, date, r!)))
            .OrderBy(r => Order(r.RuleSet.Id)).ToList();
        return new CheckupView(e.Id, e.Uscc, e.Name, e.Jurisdiction?.Name ?? "", date, facts, results);
    }

    /// <summary>Stores the current check (every rule set) as evaluations; returns their ids.</summary>
    public async Task<IReadOnlyList<long>> SaveAsync(CheckupView view, string actor, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = DateTime.UtcNow;
        var rows = view.Results.Select(r => EvaluationRecord.Create(view.EnterpriseId, r.RuleSet, view.Date, view.Facts, r.Result, actor, now, null)).ToList();
        db.Evaluations.AddRange(rows);
        await db.SaveChangesAsync(ct);
        return rows.Select(r => r.Id).ToList();
    }

    private static int Order(string id) => id switch { "hnte-2016" => 0, "hz-hnte-2016" => 1, "tech-sme-2017" => 2, _ => 3 };
}
