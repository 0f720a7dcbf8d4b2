using System.Globalization;
using Seedbed.Core.Enterprises;

namespace Seedbed.Core.Demo;

/// <summary>Certificates of the demo district: HNTE histories, and the municipal/provincial/national programmes by year.</summary>
internal static class DemoQualifications
{
    /// <summary>First HNTE certificate in <paramref name="certYear"/>, then re-certification every three years (most succeed).</summary>
    public static void AddHnte(Random r, Enterprise e, int certYear)
    {
        for (var y = certYear; y <= DemoDistrict.LastYear; y += 3)
        {
            if (y > certYear && r.NextDouble() < 0.15) break; // lapsed: did not re-apply
            var issued = new DateOnly(y, 11 + r.Next(2), 1 + r.Next(28));
            e.Qualifications.Add(new Qualification
            {
                Kind = "hnte", Number = $"GR{Y(y)}33{(Serial(e) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture)}",
                IssuedOn = issued, ExpiresOn = issued.AddYears(3).AddDays(-1),
            });
        }
    }

    /// <summary>市高企, 省科小, 科小 and 旭日计划 by year, drawn from the technology enterprises.</summary>
    public static void AssignProgrammes(Random r, List<Enterprise> all)
    {
        var tech = all.Where(e => e.HightechField is not null and not Rules.Registry.HightechFields.None && e.Years.Count > 0).ToList();
        // 市高企: the plan asks ≥80 new 市高企 + 省科小 a year; 省科小 ≥70 a year.
        foreach (var (year, hz, zj) in new[] { (2015, 25, 30), (2016, 30, 35), (2017, 30, 45), (2018, 14, 72), (2019, 12, 75), (2020, 10, 78) })
        {
            Grant(r, tech, "hz-hnte", year, hz, d => d.AddYears(3).AddDays(-1), y => $"HZGQ{Y(y)}");
            Grant(r, tech, "zj-tech-sme", year, zj, _ => null, y => $"ZJKX{Y(y)}");
        }
        foreach (var year in new[] { 2018, 2019, 2020 })
        {
            // national tech-SME evaluation: yearly registration, valid to the end of the year
            var registered = tech.Where(e => e.Years.Any(y => y.Year == year - 1) && r.NextDouble() < 0.45).ToList();
            foreach (var e in registered)
                e.Qualifications.Add(new Qualification
                {
                    Kind = "tech-sme", Number = $"{Y(year)}330105A{(Serial(e) % 100_000).ToString("D5", CultureInfo.InvariantCulture)}",
                    IssuedOn = new DateOnly(year, 5, 1 + r.Next(28)), ExpiresOn = new DateOnly(year, 12, 31),
                });
            // 旭日计划2.0: at least 35 a year
            Grant(r, tech.Where(e => e.Years.Count >= 2).ToList(), "sunrise", year, 35 + r.Next(0, 6), d => d.AddYears(3).AddDays(-1), y => $"XR{Y(y)}");
        }
    }

    private static void Grant(Random r, List<Enterprise> pool, string kind, int year, int count, Func<DateOnly, DateOnly?> expiry, Func<int, string> prefix)
    {
        var eligible = pool.Where(e => e.RegisteredOn!.Value.Year < year && e.Qualifications.All(q => q.Kind != kind)).ToList();
        for (var i = 0; i < count && eligible.Count > 0; i++)
        {
            var e = eligible[r.Next(eligible.Count)];
            eligible.Remove(e);
            var issued = new DateOnly(year, 6 + r.Next(6), 1 + r.Next(28));
            e.Qualifications.Add(new Qualification
            {
                Kind = kind, Number = prefix(year) + (i + 1).ToString("D4", CultureInfo.InvariantCulture),
                IssuedOn = issued, ExpiresOn = expiry(issued),
            });
        }
    }

    /// <summary>
    /// The years after the plan (2021 → <see cref="DemoDistrict.PresentYear"/>), from their own random stream so the plan
    /// years stay as they were: HNTE re-certifications every three years (issued in November/December up to
    /// <see cref="DemoDistrict.PresentYear"/> − 1, so the certificates issued in 2023 and 2024 expire in 2026 and 2027) and
    /// tech-SME registrations each year up to the present year (registered by 31 March), so that the due lists of a user of
    /// 2026–2027 are not empty (docs/certifications.md).
    /// </summary>
    public static void ContinueToPresent(List<Enterprise> all)
    {
        var r = new Random(DemoDistrict.Seed + DemoDistrict.PresentYear);
        foreach (var e in all)
        {
            var hnte = e.Qualifications.Where(q => q.Kind == "hnte").MaxBy(q => q.IssuedOn);
            if (hnte is null || hnte.IssuedOn.Year < DemoDistrict.LastYear - 2) continue; // lapsed before the plan ended
            for (var y = hnte.IssuedOn.Year + 3; y < DemoDistrict.PresentYear; y += 3)
            {
                if (r.NextDouble() < 0.15) break;
                var issued = new DateOnly(y, 11 + r.Next(2), 1 + r.Next(28));
                e.Qualifications.Add(new Qualification
                {
                    Kind = "hnte", Number = $"GR{Y(y)}33{(Serial(e) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture)}",
                    IssuedOn = issued, ExpiresOn = issued.AddYears(3).AddDays(-1),
                });
            }
        }
        var tech = all.Where(e => e.HightechField is not null and not Rules.Registry.HightechFields.None && e.Years.Count > 0).ToList();
        for (var year = DemoDistrict.LastYear + 1; year <= DemoDistrict.PresentYear; year++)
        {
            // most of last year's registrants renew; a few new ones join; in the present year some have not renewed yet
            var renew = year == DemoDistrict.PresentYear ? 0.7 : 0.85;
            foreach (var e in tech)
            {
                var last = e.Qualifications.Any(q => q.Kind == "tech-sme" && q.IssuedOn.Year == year - 1);
                if (r.NextDouble() >= (last ? renew : 0.05)) continue;
                e.Qualifications.Add(new Qualification
                {
                    Kind = "tech-sme", Number = $"{Y(year)}330105A{(Serial(e) % 100_000).ToString("D5", CultureInfo.InvariantCulture)}",
                    IssuedOn = new DateOnly(year, 1 + r.Next(3), 1 + r.Next(28)), ExpiresOn = new DateOnly(year, 12, 31),
                });
            }
        }
    }

    /// <summary>The demo serial number inside the USCC (positions 11–17).</summary>
    private static int Serial(Enterprise e) => int.Parse(e.Uscc.AsSpan(10, 7), CultureInfo.InvariantCulture);

    private static string Y(int year) => year.ToString(CultureInfo.InvariantCulture);
}
