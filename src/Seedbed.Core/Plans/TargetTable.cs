using System.Globalization;

namespace Seedbed.Core.Plans;

/// <summary>One row of the task table (任务分解表): baseline and yearly committed/stretch targets.</summary>
public sealed record TargetRow(
    string Jurisdiction, int Baseline2017,
    int New2018, int Stretch2018, int New2019, int Stretch2019, int New2020, int Stretch2020,
    int Total2020, int StretchTotal2020);

/// <summary>The shipped 2018–2020 Gongshu task table (附件：任务分解表), embedded in the assembly.</summary>
public static class GongshuTargetTable
{
    public const string DistrictRow = "全区";

    public static IReadOnlyList<TargetRow> Rows { get; } = Load();

    /// <summary>The jurisdictions (ten subdistricts, then 园区), in the order of the table.</summary>
    public static IEnumerable<TargetRow> Jurisdictions => Rows.Where(r => r.Jurisdiction != DistrictRow);

    private static List<TargetRow> Load()
    {
        using var s = typeof(GongshuTargetTable).Assembly.GetManifestResourceStream("Seedbed.Core.Plans.targets-2018-2020.csv")
            ?? throw new InvalidOperationException("targets-2018-2020.csv missing from the assembly");
        using var r = new StreamReader(s);
        var rows = new List<TargetRow>();
        r.ReadLine(); // header
        while (r.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var c = line.Split(',');
            int N(int i) => int.Parse(c[i], CultureInfo.InvariantCulture);
            rows.Add(new TargetRow(c[0].Trim(), N(1), N(2), N(3), N(4), N(5), N(6), N(7), N(8), N(9)));
        }
        return rows;
    }
}
