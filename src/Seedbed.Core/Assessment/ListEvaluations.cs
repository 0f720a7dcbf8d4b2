using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Rules.Assessment;

namespace Seedbed.Core.Assessment;

public sealed record EvaluationItem(long Id, string RuleSetId, int RuleSetVersion, DateOnly AsOf, string Verdict,
    int? ScoreMin, int? ScoreMax, string FailedConditions, DateTime CreatedAt, string Actor);

/// <summary>Past evaluations of one enterprise, newest first; and one of them reproduced from its snapshot.</summary>
[UseCase]
public sealed class ListEvaluations(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<Paged<EvaluationItem>> ExecuteAsync(int enterpriseId, int page, int pageSize, CancellationToken ct = default)
    {
        if (page < 1 || pageSize is < 1 or > 200) throw new SeedbedValidationException("page", "分页参数错误");
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = db.Evaluations.Where(e => e.EnterpriseId == enterpriseId);
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new EvaluationItem(e.Id, e.RuleSetId, e.RuleSetVersion, e.AsOf, e.Verdict, e.ScoreMin, e.ScoreMax, e.FailedConditions, e.CreatedAt, e.Actor))
            .ToListAsync(ct);
        return new Paged<EvaluationItem>(total, items);
    }

    /// <summary>A stored evaluation shown exactly as it was: its rule-set version re-run on its facts snapshot.</summary>
    public async Task<(Evaluation Stored, RuleSet RuleSet, EnterpriseAssessment Result)> GetAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var e = await db.Evaluations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new SeedbedValidationException("id", "评估记录不存在");
        return (e, RuleSetCatalog.Get(e.RuleSetId, e.RuleSetVersion), EvaluationRecord.Reproduce(e));
    }
}
