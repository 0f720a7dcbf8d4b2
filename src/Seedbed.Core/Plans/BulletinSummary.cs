using System.Globalization;
using System.Text;
using Seedbed.Core.Common;

namespace Seedbed.Core.Plans;

/// <summary>
/// The summary paragraph of a bulletin, with the key figures written out in Chinese (全区新增国家高新技术企业28家，完成年度任务的
/// 100.0%…), written once when the bulletin is issued and kept in the snapshot.
/// </summary>
public static class BulletinSummary
{
    /// <summary>At most this many jurisdictions are named as the leaders (ties at the top three can make more).</summary>
    public const int MaxLeaders = 5;

    public static SnapshotSummary Build(PlanProgress progress, IndicatorProgress? headline, IReadOnlyList<SnapshotIndicator> indicators,
        IReadOnlyList<SnapshotJurisdiction> rows, SnapshotScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var period = progress.Period;
        var text = new StringBuilder($"截至{ChineseText.Date(progress.AsOf)}，");
        var district = headline is null ? null : indicators.FirstOrDefault(i => i.Code == headline.Code);
        if (district is not null)
        {
            text.Append(Sentence(district, period, lead: true));
            if (indicators.FirstOrDefault(i => i.Code == district.Code + BulletinSnapshotBuilder.LevelSuffix) is { Actual: not null } level)
                text.Append('；').Append(Sentence(level, period, lead: false));
            text.Append('。');
        }

        var onSchedule = rows.Count(r => (period.Quarter is null ? r.Completion : r.TimeAdjustedCompletion) >= 1m);
        if (district is not null && rows.Count > 0)
        {
            var what = period.Quarter is null ? "年度任务" : "序时进度";
            text.Append(CultureInfo.InvariantCulture, $"{rows.Count}个街道（园区）中，{onSchedule}个已完成{what}")
                .Append(onSchedule < rows.Count ? $"，{rows.Count - onSchedule}个尚未完成" : "").Append('。');
        }

        var others = scheme.Items.Select(i => i.IndicatorCode).Where(c => c != district?.Code).Distinct(StringComparer.Ordinal)
            .Select(c => indicators.FirstOrDefault(i => i.Code == c)).OfType<SnapshotIndicator>().Select(i => Sentence(i, period, lead: false)).ToList();
        if (others.Count > 0) text.Append(CultureInfo.InvariantCulture, $"同期，{string.Join("；", others)}。");

        // the top three (ties included); when ties make that more than five, only the first place
        var top = rows.Where(r => r.Rank <= 3 && r.Total > 0).ToList();
        if (top.Count > MaxLeaders) top = [.. top.Where(r => r.Rank == 1)];
        var leaders = top.Select(r => $"{r.Jurisdiction}（{ChineseText.Points(r.Total)}分）").ToList();
        if (rows.Count > 0)
            text.Append(CultureInfo.InvariantCulture, $"按“{scheme.Name}”方案考核，").Append(leaders.Count switch
            {
                0 => "各街道（园区）得分均为0。",
                _ when top.All(r => r.Rank == 1) && top.Count < rows.Count => $"得分最高的是{string.Join("、", leaders)}。",
                _ => $"得分居前的依次是{string.Join("、", leaders)}。",
            });
        return new SnapshotSummary(text.ToString(), district?.Actual, district?.Committed, district?.Completion, district?.TimeAdjustedCompletion,
            onSchedule, rows.Count, leaders);
    }

    /// <summary>全区新增国家高新技术企业28家，完成年度任务的70.0%、序时进度的93.3% (flow) / 全区国家高新技术企业总数达到135家，为年度目标（175家）的77.1% (level).</summary>
    private static string Sentence(SnapshotIndicator i, PlanPeriod period, bool lead)
    {
        var where = lead ? $"{period.Year.ToString(CultureInfo.InvariantCulture)}年全区" : "全区";
        var unit = i.Unit == "%" ? "%" : i.Unit;
        if (i.Actual is not { } actual) return $"{where}{i.Name}尚无实绩数据";
        var figure = $"{ChineseText.Number(actual)}{unit}";
        if (i.Kind != TargetKinds.Flow)
        {
            var level = $"{where}{i.Name}达到{figure}";
            return i.Completion is { } c && i.Committed is { } target
                ? $"{level}，为年度目标（{ChineseText.Number(target)}{unit}）的{ChineseText.Percent(c)}" : level;
        }
        var head = $"{where}新增{i.Name}{figure}";
        if (i.Completion is not { } completion) return head;
        var rate = $"，完成年度任务的{ChineseText.Percent(completion)}";
        if (period.Quarter is not null && i.TimeAdjustedCompletion is { } ta)
            rate += $"、序时进度的{ChineseText.Percent(ta)}";
        return head + rate;
    }
}
