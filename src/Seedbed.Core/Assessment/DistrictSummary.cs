using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Assessment;

public sealed record JurisdictionVerdicts(string Jurisdiction, int Pass, int Fail, int Undetermined)
{
    public int Total => Pass + Fail + Undetermined;
}

public sealed record ConditionFailures(string ConditionId, int Count);

public sealed record DistrictSummaryView(string RuleSetId, string? RunId, DateOnly? AsOf, DateTime? RunAt,
    IReadOnlyList<JurisdictionVerdicts> Jurisdictions, IReadOnlyList<ConditionFailures> MostFailed);

/// <summary>District view of the latest batch run of a rule set: verdicts per jurisdiction and the most failed conditions.</summary>
[UseCase]
public sealed class DistrictSummary(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<DistrictSummaryView> ExecuteAsync(string ruleSetId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var latest = await db.Evaluations.Where(e => e.RuleSetId == ruleSetId && e.RunId != null)
            .OrderByDescending(e => e.Id).Select(e => new { e.RunId, e.AsOf, e.CreatedAt }).FirstOrDefaultAsync(ct);
        var names = await db.Jurisdictions.OrderBy(j => j.SortOrder).Select(j => new { j.Id, j.Name }).ToListAsync(ct);
        if (latest is null) return new DistrictSummaryView(ruleSetId, null, null, null, names.Select(n => new JurisdictionVerdicts(n.Name, 0, 0, 0)).ToList(), []);
        var rows = await db.Evaluations.Where(e => e.RunId == latest.RunId)
            .Join(db.Enterprises, ev => ev.EnterpriseId, en => en.Id, (ev, en) => new { en.JurisdictionId, ev.Verdict })
            .GroupBy(x => new { x.JurisdictionId, x.Verdict }).Select(g => new { g.Key.JurisdictionId, g.Key.Verdict, N = g.Count() })
            .ToListAsync(ct);
        var byJ = names.Select(n => new JurisdictionVerdicts(n.Name,
            rows.Where(r => r.JurisdictionId == n.Id && r.Verdict == "pass").Sum(r => r.N),
            rows.Where(r => r.JurisdictionId == n.Id && r.Verdict == "fail").Sum(r => r.N),
            rows.Where(r => r.JurisdictionId == n.Id && r.Verdict == "undetermined").Sum(r => r.N))).ToList();
        var failed = await db.Evaluations.Where(e => e.RunId == latest.RunId && e.FailedConditions != "").Select(e => e.FailedConditions).ToListAsync(ct);
        var most = failed.SelectMany(f => f.Split(',')).GroupBy(x => x, StringComparer.Ordinal)
            .Select(g => new ConditionFailures(g.Key, g.Count())).OrderByDescending(x => x.Count).ThenBy(x => x.ConditionId, StringComparer.Ordinal).ToList();
        return new DistrictSummaryView(ruleSetId, latest.RunId, latest.AsOf, latest.CreatedAt, byJ, most);
    }
}
