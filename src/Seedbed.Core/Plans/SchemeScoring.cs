namespace Seedbed.Core.Plans;

/// <summary>
/// Scores the jurisdictions of a plan's progress under a 考核 scheme (pure: no database, no clock). docs/plan.md, "考核 and 通报".
/// <list type="bullet">
/// <item><c>completion-capped</c>: weight × min(actual ÷ time-adjusted committed target, cap).</item>
/// <item><c>threshold</c>: weight when actual ≥ the time-adjusted committed target, else 0.</item>
/// <item><c>relative-to-best</c>: weight × actual ÷ the best jurisdiction's actual; 0 for everyone when the best is 0 or unknown.</item>
/// </list>
/// Decisions: no actual (a hand-entered value not entered) = 0 points, basis null; a jurisdiction without a target, or with a
/// target of 0, for a completion or threshold rule has nothing to fall short of: it counts as done (basis 100 %, full weight,
/// no bonus above it); negative shares of the best count as 0. Each item's points are rounded to 2 decimals, half away from
/// zero (四舍五入), and the total is the sum of the rounded points, so a printed table adds up; the basis keeps 4 decimals.
/// Ranks are competition ranks on the total (ties share a rank: 1, 1, 3), ties listed in the registry order. The district
/// row is not scored.
/// </summary>
public static class SchemeScoring
{
    public const int PointDecimals = 2;
    public const int BasisDecimals = 4;

    public static IReadOnlyList<JurisdictionScore> Score(PlanProgress progress, AssessmentScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(scheme);
        var items = scheme.Items.OrderBy(i => i.SortOrder).ToList();
        var byCode = progress.Indicators.GroupBy(i => i.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var jurisdictions = Jurisdictions(progress, items, byCode);
        var perItem = items.Select(item => ScoreItem(item, byCode.GetValueOrDefault(item.IndicatorCode), jurisdictions)).ToList();

        var unranked = jurisdictions.Select((j, index) =>
        {
            var scores = perItem.Select(p => p[index]).ToList();
            return (Jurisdiction: j, Index: index, Total: scores.Sum(s => s.Points), Items: scores);
        }).ToList();
        var ordered = unranked.OrderByDescending(x => x.Total).ThenBy(x => x.Index).ToList();
        var result = new List<JurisdictionScore>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Total == ordered[i - 1].Total ? result[i - 1].Rank : i + 1;
            result.Add(new JurisdictionScore(ordered[i].Jurisdiction, ordered[i].Total, rank, ordered[i].Items));
        }
        return result;
    }

    /// <summary>The jurisdictions of the scored indicators (first the scheme's first indicator's), in the registry order.</summary>
    private static List<string> Jurisdictions(PlanProgress progress, List<SchemeItem> items, Dictionary<string, IndicatorProgress> byCode)
    {
        var sources = items.Select(i => byCode.GetValueOrDefault(i.IndicatorCode)).OfType<IndicatorProgress>()
            .Concat(progress.Indicators.Where(i => i.ByJurisdiction));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var row in sources.SelectMany(i => i.Rows))
            if (row.Jurisdiction is { } j && seen.Add(j)) list.Add(j);
        return list;
    }

    private static ItemScore[] ScoreItem(SchemeItem item, IndicatorProgress? indicator, List<string> jurisdictions)
    {
        var rows = indicator?.Rows.Where(r => r.Jurisdiction is not null).GroupBy(r => r.Jurisdiction!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];
        var best = rows.Values.Select(r => r.Actual).Where(a => a is not null).Select(a => a!.Value).DefaultIfEmpty(0m).Max();
        return [.. jurisdictions.Select(j => indicator is null
            ? new ItemScore(item.IndicatorCode, item.Rule, item.Weight, null, 0m, "计划中没有该指标，不计分")
            : Apply(item, rows.GetValueOrDefault(j), best))];
    }

    private static ItemScore Apply(SchemeItem item, ProgressRow? row, decimal best)
    {
        ItemScore Make(decimal? basis, decimal points, string? note = null) =>
            new(item.IndicatorCode, item.Rule, item.Weight, basis is { } b ? Math.Round(b, BasisDecimals, MidpointRounding.AwayFromZero) : null,
                Math.Round(points, PointDecimals, MidpointRounding.AwayFromZero), note);

        if (row?.Actual is not { } actual) return Make(null, 0m, "无实绩数据，不得分");
        switch (item.Rule)
        {
            case ScoringRules.CompletionCapped:
            {
                if (row.Expected is not { } expected || expected <= 0m) return Make(1m, item.Weight, "无序时任务数，按完成计");
                var cap = item.Cap ?? 1m;
                var completion = actual / expected;
                return completion > cap
                    ? Make(completion, item.Weight * cap, $"完成率封顶{Percent(cap)}")
                    : Make(completion, item.Weight * Math.Max(completion, 0m));
            }
            case ScoringRules.Threshold:
            {
                if (row.Expected is not { } expected || expected <= 0m) return Make(1m, item.Weight, "无序时任务数，按完成计");
                return Make(actual / expected, actual >= expected ? item.Weight : 0m);
            }
            case ScoringRules.RelativeToBest:
            {
                if (best <= 0m) return Make(0m, 0m, "各属地实绩均为0，不得分");
                var share = Math.Max(actual / best, 0m);
                return Make(share, item.Weight * share);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(item), item.Rule, "unknown scoring rule");
        }
    }

    /// <summary>1.2 → 120%.</summary>
    public static string Percent(decimal rate) =>
        (rate * 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
