using System.Globalization;

namespace Seedbed.Core.Plans;

/// <summary>
/// The indicator a task table (任务分解表) describes, built the same way for the default plan and for an imported table:
/// per jurisdiction (the district row = Jurisdiction null) and year, a <c>flow</c> target (new in the year: committed
/// and stretch) and a <c>level</c> target (the total at year end = baseline + the new numbers so far).
/// </summary>
public static class TaskTableIndicator
{
    public const string Note = "各年新增数、力争数按任务分解表（属地与全区）；年末总数 = 基数 + 累计新增数（力争总数 = 基数 + 累计力争数）。";

    /// <summary>What a task table can count: the computed metrics (the code and default name of their indicator in the
    /// default plan) and a hand-entered indicator.</summary>
    public static readonly IReadOnlyList<(string Metric, string Code, string Name, string Unit)> Kinds =
    [
        (PlanMetrics.Hnte, "hnte", "国家高新技术企业", "家"),
        (PlanMetrics.MunicipalHnteAndProvincialSme, "hz-hnte-zj-sme", "市高企和省科小", "家"),
        (PlanMetrics.ProvincialSme, "zj-sme", "浙江省科技型中小企业", "家"),
        (PlanMetrics.Sunrise, "sunrise", "旭日计划2.0企业", "家"),
        (PlanMetrics.RdInstitutions, "rd-institutions", "省市级研发机构", "家"),
        (PlanMetrics.InventionPatents, "invention-patents", "发明专利授权量", "件"),
        (ActualSources.Manual, "task-table", "任务分解表指标（手工录入实际值）", "家"),
    ];

    /// <summary>The flow and level targets of every row of a checked table, in the table's order.</summary>
    public static IEnumerable<PlanTarget> Targets(IEnumerable<TargetTableRow> rows)
    {
        foreach (var row in rows)
        {
            var jurisdiction = row.IsDistrict ? null : row.Jurisdiction;
            long total = row.Baseline, stretchTotal = row.Baseline;
            foreach (var y in row.Years)
            {
                total += y.New;
                stretchTotal += y.Stretch;
                yield return new PlanTarget { Year = y.Year, Jurisdiction = jurisdiction, Kind = TargetKinds.Flow, Committed = y.New, Stretch = y.Stretch };
                yield return new PlanTarget { Year = y.Year, Jurisdiction = jurisdiction, Kind = TargetKinds.Level, Committed = total, Stretch = stretchTotal };
            }
        }
    }

    /// <summary>The clause quoted for an imported table: which file and which columns the targets come from.</summary>
    public static string Clause(string fileName, IReadOnlyList<int> years) =>
        $"任务分解表（{fileName}）：属地、{Y(years[0] - 1)}年基数、{Y(years[0])}–{Y(years[^1])}年各年新增数与力争数、{Y(years[^1])}年总数与力争总数。";

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);
}
