using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Core.Intake;
using Seedbed.Rules.Assessment;

namespace Seedbed.Core.Assessment;

public sealed record AssessRunSummary(string RunId, string RuleSetId, int RuleSetVersion, DateOnly Date, int Pass, int Fail, int Undetermined)
{
    public int Total => Pass + Fail + Undetermined;
}

/// <summary>
/// Assesses every enterprise in the registry (<c>seedbed assess --all</c>) and stores one <see cref="Evaluation"/> per
/// enterprise with the rule-set version and the facts snapshot. Works in chunks so memory stays bounded.
/// </summary>
[UseCase]
public sealed class AssessAll(IDbContextFactory<SeedbedDb> factory)
{
    private const int Chunk = 500;

    public async Task<AssessRunSummary> ExecuteAsync(string ruleSetId, DateOnly date, string actor,
        IProgress<IntakeProgress>? progress = null, CancellationToken ct = default)
    {
        var rules = RuleSetCatalog.Get(ruleSetId, date);
        var runId = Guid.NewGuid().ToString("N");
        int pass = 0, fail = 0, undetermined = 0;
        await using var db = await factory.CreateDbContextAsync(ct);
        var total = await db.Enterprises.CountAsync(ct);
        var lastId = 0;
        while (true)
        {
            var chunk = await RegistryFacts.WithRecords(db).Where(e => e.Id > lastId).OrderBy(e => e.Id).Take(Chunk).ToListAsync(ct);
            if (chunk.Count == 0) break;
            var now = DateTime.UtcNow;
            foreach (var e in chunk)
            {
                var facts = RegistryFacts.ToFacts(e);
                var result = RuleEngine.Evaluate(facts, date, rules);
                db.Evaluations.Add(EvaluationRecord.Create(e.Id, rules, date, facts, result, actor, now, runId));
                switch (result.Verdict)
                {
                    case Verdict.Pass: pass++; break;
                    case Verdict.Fail: fail++; break;
                    default: undetermined++; break;
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            lastId = chunk[^1].Id;
            progress?.Report(new IntakeProgress("评估", pass + fail + undetermined, total));
        }
        return new AssessRunSummary(runId, rules.Id, rules.Version, date, pass, fail, undetermined);
    }
}

/// <summary>Builds and re-reads stored evaluations (facts snapshot as JSON, result in the document format).</summary>
public static class EvaluationRecord
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Evaluation Create(int enterpriseId, RuleSet rules, DateOnly date, EnterpriseFacts facts, EnterpriseAssessment result,
        string actor, DateTime now, string? runId) => new()
    {
        EnterpriseId = enterpriseId, RuleSetId = rules.Id, RuleSetVersion = rules.Version, AsOf = date,
        Verdict = AssessmentJson.Lower(result.Verdict), Route = AssessmentJson.Lower(result.Route),
        ScoreMin = result.Score?.Min, ScoreMax = result.Score?.Max,
        FailedConditions = string.Join(",", result.Conditions.Where(c => c.Status == ConditionStatus.Fail).Select(c => c.Id)),
        ResultJson = AssessmentJson.ResultToJson(result), FactsJson = JsonSerializer.Serialize(facts, Options),
        CreatedAt = now, Actor = actor, RunId = runId,
    };

    public static EnterpriseFacts Facts(Evaluation e) => JsonSerializer.Deserialize<EnterpriseFacts>(e.FactsJson, Options)!;

    /// <summary>Re-runs a stored evaluation with its own rule-set version and facts snapshot.</summary>
    public static EnterpriseAssessment Reproduce(Evaluation e) =>
        RuleEngine.Evaluate(Facts(e), e.AsOf, RuleSetCatalog.Get(e.RuleSetId, e.RuleSetVersion));
}
