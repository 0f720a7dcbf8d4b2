namespace Seedbed.Rules.Sunrise;

/// <summary>An application to aggregate: its id, when it was submitted, how many reviewers were assigned, and the submitted scores.</summary>
public sealed record ScoredApplication(int Id, DateTime AppliedAt, int AssignedReviewers, IReadOnlyList<IReadOnlyDictionary<string, decimal>> Submitted);

/// <summary>The aggregate of one application. <see cref="Rank"/> is null when it is not ranked (reviews missing), with the reason.</summary>
public sealed record AggregateResult(
    int ApplicationId, IReadOnlyList<decimal> ReviewerTotals, decimal? Score, bool DroppedExtremes, int? Rank, string? NotRankedReason,
    IReadOnlyDictionary<string, decimal> CriterionMeans);

/// <summary>
/// Score aggregation and ranking of the Sunrise programme (pure, exact decimals; docs/sunrise.md):
/// reviewer total = Σ points × weight; application score = mean of the reviewer totals, dropping one highest and one
/// lowest when there are <see cref="Scorecard.DropExtremesFrom"/> (5) or more; rounded half away from zero to 2 decimals.
/// Only complete applications (every assigned reviewer submitted, at least <see cref="Scorecard.MinReviewers"/>) are ranked.
/// Ties: the scorecard's tie-break criteria in order (higher mean points first), then earlier application, then lower id;
/// a tie still left would need identical ids, so every rank is unique.
/// </summary>
public static class ScoreAggregation
{
    public static decimal Mean(IReadOnlyList<decimal> totals, int dropExtremesFrom, out bool dropped)
    {
        if (totals.Count == 0) throw new ArgumentException("no totals", nameof(totals));
        var sorted = totals.Order().ToList();
        dropped = sorted.Count >= dropExtremesFrom;
        var kept = dropped ? sorted.Skip(1).Take(sorted.Count - 2).ToList() : sorted;
        return decimal.Round(kept.Sum() / kept.Count, 2, MidpointRounding.AwayFromZero);
    }

    public static IReadOnlyList<AggregateResult> Aggregate(Scorecard card, IReadOnlyList<ScoredApplication> applications)
    {
        var results = new List<(AggregateResult R, ScoredApplication A)>();
        foreach (var a in applications)
        {
            var totals = a.Submitted.Select(card.Total).ToList();
            var means = card.Criteria.ToDictionary(c => c.Id, c => a.Submitted.Count == 0 ? 0m
                : a.Submitted.Sum(s => s.TryGetValue(c.Id, out var p) ? p : 0m) / a.Submitted.Count);
            string? reason = null;
            if (a.AssignedReviewers < card.MinReviewers)
                reason = $"评审专家不足{card.MinReviewers}名（已分配{a.AssignedReviewers}名）";
            else if (a.Submitted.Count < a.AssignedReviewers)
                reason = $"评审未完成（{a.Submitted.Count}/{a.AssignedReviewers}）";
            decimal? score = null;
            var dropped = false;
            if (totals.Count > 0) score = Mean(totals, card.DropExtremesFrom, out dropped);
            results.Add((new AggregateResult(a.Id, totals, score, dropped, null, reason, means), a));
        }
        var ranked = results.Where(x => x.R.NotRankedReason is null).ToList();
        IOrderedEnumerable<(AggregateResult R, ScoredApplication A)> order = ranked.OrderByDescending(x => x.R.Score!.Value);
        foreach (var id in card.TieBreak) order = order.ThenByDescending(x => x.R.CriterionMeans[id]);
        var rankOf = order.ThenBy(x => x.A.AppliedAt).ThenBy(x => x.A.Id).Select((x, i) => (x.A.Id, Rank: i + 1)).ToDictionary(x => x.Id, x => x.Rank);
        return results.Select(x => rankOf.TryGetValue(x.A.Id, out var r) ? x.R with { Rank = r } : x.R)
            .OrderBy(x => x.Rank ?? int.MaxValue).ThenByDescending(x => x.Score ?? -1m).ThenBy(x => x.ApplicationId).ToList();
    }
}
