namespace Seedbed.Core.Plans;

/// <summary>One row of the task table (任务分解表): baseline and yearly committed/stretch targets.</summary>
public sealed record TargetRow(
    string Jurisdiction, int Baseline2017,
    int New2018, int Stretch2018, int New2019, int Stretch2019, int New2020, int Stretch2020,
    int Total2020, int StretchTotal2020);

/// <summary>
/// The shipped 2018–2020 Gongshu task table (附件：任务分解表), embedded in the assembly and read through
/// <see cref="TargetTableCheck"/> like any other target table (a broken embedded table fails at start).
/// </summary>
public static class GongshuTargetTable
{
    public const string DistrictRow = TargetTableCheck.DistrictRow;
    public const string FileName = "targets-2018-2020.csv";

    /// <summary>The checked table: years 2018–2020, the district row first, then the jurisdictions.</summary>
    public static TargetTableReport Table { get; } = Load();

    public static IReadOnlyList<TargetRow> Rows { get; } = Table.Rows.Select(ToRow).ToList();

    /// <summary>The jurisdictions (ten subdistricts, then 园区), in the order of the table.</summary>
    public static IEnumerable<TargetRow> Jurisdictions => Rows.Where(r => r.Jurisdiction != DistrictRow);

    private static TargetTableReport Load()
    {
        using var s = typeof(GongshuTargetTable).Assembly.GetManifestResourceStream("Seedbed.Core.Plans." + FileName)
            ?? throw new InvalidOperationException(FileName + " missing from the assembly");
        var report = TargetTableCheck.CheckStream(s, FileName);
        if (!report.Ok || report.Years is not [2018, 2019, 2020])
            throw new InvalidOperationException($"{FileName}: {string.Join("; ", report.Issues)}");
        return report;
    }

    private static TargetRow ToRow(TargetTableRow r)
    {
        int Y(int i, bool stretch) => checked((int)(stretch ? r.Years[i].Stretch : r.Years[i].New));
        return new TargetRow(r.Jurisdiction, checked((int)r.Baseline), Y(0, false), Y(0, true), Y(1, false), Y(1, true), Y(2, false), Y(2, true),
            checked((int)r.Total), checked((int)r.StretchTotal));
    }
}
