using System.Globalization;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Plans;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Demo;

internal enum Archetype { Hnte, Candidate, NearThreshold, TechSme, Plain }

/// <summary>
/// The demo district: a deterministic, fictitious registry (about 1,500 enterprises) shaped by the 2018–2020 Gongshu plan.
/// At the end of 2017 exactly the task table's baseline of enterprises per jurisdiction hold a valid HNTE certificate;
/// new certifications in 2018–2020 follow each jurisdiction's committed targets with a deterministic deviation, so the
/// plan can be followed year by year. Every demo USCC carries "DM" at positions 9–10 (demo marker).
/// </summary>
internal static class DemoDistrict
{
    public const int Seed = 20180601;
    public const int TargetCount = 1500;
    public const int LastYear = 2020;
    /// <summary>The year the demo's certificate histories reach (docs/certifications.md: demo dates and today).</summary>
    public const int PresentYear = 2026;

    public static List<Enterprise> Generate(IReadOnlyDictionary<string, int> jurisdictionIds)
    {
        var r = new Random(Seed);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<Enterprise>();
        var rows = GongshuTargetTable.Jurisdictions.ToList();
        var weights = rows.Select(t => 40 + 12 * t.Baseline2017).ToList();
        var weightSum = weights.Sum();
        var serial = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var count = (int)Math.Round(TargetCount * (double)weights[i] / weightSum);
            var plan = new List<(Archetype Kind, int CertYear)>();
            for (var k = 0; k < row.Baseline2017; k++) plan.Add((Archetype.Hnte, 2015 + k % 3));
            foreach (var (year, committed) in new[] { (2018, row.New2018), (2019, row.New2019), (2020, row.New2020) })
            {
                var actual = Math.Max(0, committed + r.Next(-1, 3));
                for (var k = 0; k < actual; k++) plan.Add((Archetype.Hnte, year));
            }
            var rest = count - plan.Count;
            var candidates = Math.Max(2, rest * 7 / 100);
            var near = Math.Max(2, rest * 5 / 100);
            var techSme = rest * 45 / 100;
            for (var k = 0; k < candidates; k++) plan.Add((Archetype.Candidate, 0));
            for (var k = 0; k < near; k++) plan.Add((Archetype.NearThreshold, 0));
            for (var k = 0; k < techSme; k++) plan.Add((Archetype.TechSme, 0));
            while (plan.Count < count) plan.Add((Archetype.Plain, 0));
            foreach (var (kind, certYear) in plan)
                all.Add(DemoEnterprise.Create(r, ++serial, kind, certYear, row.Jurisdiction, jurisdictionIds[row.Jurisdiction], names));
        }
        DemoQualifications.AssignProgrammes(r, all);
        DemoQualifications.ContinueToPresent(all);
        return all;
    }

    /// <summary>A valid USCC for demo enterprise number <paramref name="serial"/>: 91 330105 DM + 7 digits + check.</summary>
    public static string DemoUscc(int serial) =>
        Uscc.Complete("91330105DM" + serial.ToString("D7", CultureInfo.InvariantCulture));
}
