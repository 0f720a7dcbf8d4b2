using Seedbed.Core.Common;

namespace Seedbed.Core.Plans;

/// <summary>Builds a bulletin's snapshot from the plan's progress and the scores (pure; <see cref="IssueBulletin"/> stores it).</summary>
public static class BulletinSnapshotBuilder
{
    /// <summary>The indicator the bulletin leads with: the scheme's first completion-scored item, else the first indicator split by jurisdiction.</summary>
    public static IndicatorProgress? Headline(PlanProgress progress, AssessmentScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(scheme);
        var byCode = progress.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        return scheme.Items.OrderBy(i => i.SortOrder)
                   .Where(i => i.Rule is ScoringRules.CompletionCapped or ScoringRules.Threshold)
                   .Select(i => byCode.GetValueOrDefault(i.IndicatorCode)).FirstOrDefault(i => i is not null)
               ?? progress.Indicators.FirstOrDefault(i => i.ByJurisdiction) ?? (progress.Indicators.Count > 0 ? progress.Indicators[0] : null);
    }

    /// <summary>关于2019年第三季度全区国家高新技术企业培育工作进展情况的通报.</summary>
    public static string Title(PlanPeriod period, string headlineName) => $"关于{period.Label}全区{headlineName}培育工作进展情况的通报";

    public static BulletinSnapshot Build(Plan plan, PlanProgress progress, AssessmentScheme scheme, IReadOnlyList<JurisdictionScore> scores,
        string title, string number, DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scores);
        var headline = Headline(progress, scheme);
        var byCode = progress.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var items = scheme.Items.OrderBy(i => i.SortOrder).ToList();
        var schemeView = ListSchemes.View(scheme, plan);
        var snapshotScheme = new SnapshotScheme(scheme.Id == 0 ? null : scheme.Id, scheme.Name, scheme.PeriodKind, SaveScheme.Describe(scheme, plan),
            [.. schemeView.Items.Select(i => new SnapshotSchemeItem(i.IndicatorCode, i.IndicatorName, i.Unit, i.Weight, i.Rule, i.RuleName, i.Cap))]);

        // each indicator's district figures; a flow indicator that also has level targets (国高企 227 by 2020) adds its total
        var indicators = progress.Indicators.SelectMany(i => i.LevelProgress is { } level
            ? new[] { District(i, i.Code, i.Name), District(level, i.Code + LevelSuffix, i.Name + "总数") }
            : [District(i, i.Code, i.Name)]).ToList();

        ProgressRow? RowOf(string? code, string j) =>
            code is not null && byCode.TryGetValue(code, out var ind) ? ind.Rows.FirstOrDefault(r => r.Jurisdiction == j) : null;
        var jurisdictions = scores.Select(s =>
        {
            var h = RowOf(headline?.Code, s.Jurisdiction);
            var scored = s.Items.Select((it, k) => new SnapshotItemScore(it.IndicatorCode, RowOf(items[k].IndicatorCode, s.Jurisdiction)?.Actual,
                it.Basis, it.Points, it.Note)).ToList();
            return new SnapshotJurisdiction(s.Jurisdiction, h?.Committed, h?.Expected, h?.Actual, h?.Completion, h?.TimeAdjustedCompletion, scored, s.Total, s.Rank);
        }).ToList();

        var summary = BulletinSummary.Build(progress, headline, indicators, jurisdictions, snapshotScheme);
        return new BulletinSnapshot(BulletinSnapshot.CurrentVersion, plan.Code, plan.Name, plan.SourceDocument, plan.IssuingOffice,
            title, number, issuedOn, progress.Period.ToString(), progress.Period.Label, progress.AsOf, progress.Period.YearFraction,
            snapshotScheme, headline?.Code ?? "", indicators, jurisdictions, summary, Notes(progress, headline, snapshotScheme, jurisdictions));
    }

    /// <summary>The code suffix of an indicator's level figures next to its flow figures (<c>hnte:level</c>).</summary>
    public const string LevelSuffix = ":level";

    private static SnapshotIndicator District(IndicatorProgress i, string code, string name)
    {
        var d = i.Rows.FirstOrDefault(r => r.Jurisdiction is null);
        return new SnapshotIndicator(code, name, i.Unit, i.Kind, i.ActualSource, d?.Committed, d?.Stretch, d?.Expected, d?.Actual,
            d?.Completion, d?.StretchCompletion, d?.TimeAdjustedCompletion, d?.Light ?? Lights.None, d?.ActualNote);
    }

    private static List<string> Notes(PlanProgress progress, IndicatorProgress? headline, SnapshotScheme scheme, List<SnapshotJurisdiction> rows)
    {
        var p = progress.Period;
        var fraction = ChineseText.Percent(p.YearFraction);
        var notes = new List<string>
        {
            p.Quarter is null
                ? "年度完成率 = 实绩 ÷ 年度任务数。"
                : $"年度完成率 = 实绩 ÷ 年度任务数；序时完成率 = 实绩 ÷ 序时任务数（年度任务数 × {fraction}，即截至{p.Label}末应完成的任务数）。",
            $"考核方案：{scheme.Description}。各项得分保留两位小数（四舍五入），总分为各项得分之和；总分相同者名次并列。",
        };
        var special = rows.SelectMany(r => r.Items.Where(i => i.Note is not null).Select(i => (r.Jurisdiction, i)))
            .GroupBy(x => (x.i.IndicatorCode, x.i.Note), x => x.Jurisdiction).ToList();
        foreach (var g in special)
        {
            var name = scheme.Items.FirstOrDefault(i => i.IndicatorCode == g.Key.IndicatorCode)?.IndicatorName ?? g.Key.IndicatorCode;
            notes.Add($"{name}：{string.Join("、", g)}{g.Key.Note}。");
        }
        if (headline is not null)
            notes.Add($"{headline.Name}任务数依据：{headline.SourceClause}");
        notes.Add($"数据来源：Seedbed 高企培育管理系统的认定记录及手工填报数据，统计截至{ChineseText.Date(progress.AsOf)}。本通报的全部数字取自签发时的数据快照，其后数据变动不影响本通报。");
        return notes;
    }
}
