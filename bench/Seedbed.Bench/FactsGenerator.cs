using Seedbed.Rules.Assessment;
using Seedbed.Rules.Registry;

namespace Seedbed.Bench;

/// <summary>
/// Deterministic generator of varied, realistic enterprise facts for an assessment date in mid-2020: mostly three fiscal
/// years (2017–2019), some young enterprises with a shorter window, IP registers of 0–8 items of every kind, status and
/// acquisition, some missing values (→ unknown), some zero denominators, incidents, standards and self-assessments.
/// The same seed always gives the same facts (System.Random with a seed is deterministic).
/// </summary>
public sealed class FactsGenerator(int seed = 20200630)
{
    private static readonly string[] Fields = [.. HightechFields.SecondLevel.Keys.Order(StringComparer.Ordinal)];
    private static readonly string[] IpKindCodes = [.. IpKinds.All.Select(k => k.Code)];
    private static readonly string[] Statuses = ["granted", "granted", "granted", "granted", "pending", "expired", "invalid"];
    private static readonly string[] Acquisitions = ["own", "own", "own", "assignment", "gift", "merger", "license"];
    private static readonly string[] IncidentKinds = [.. Vocabularies.IncidentKind.Items.Select(i => i.Code)];
    private static readonly string[] Grades = ["A", "B", "C", "D", "E"];
    private readonly Random _r = new(seed);
    private int _serial;

    public static readonly DateOnly Date = new(2020, 6, 30);

    public EnterpriseFacts Next()
    {
        var serial = ++_serial;
        var r = _r;
        var registered = r.Next(100) switch
        {
            < 6 => Date.AddDays(-r.Next(30, 400)),           // young: around the 365-day edge
            < 15 => new DateOnly(2018, 1, 1).AddDays(r.Next(700)), // shorter window
            _ => new DateOnly(2000, 1, 1).AddDays(r.Next(6000)),
        };
        string? field = r.Next(100) switch { < 5 => null, < 9 => HightechFields.None, < 11 => "999", _ => Fields[r.Next(Fields.Length)] };
        var years = new List<YearFacts>(3);
        var sales = (decimal)r.Next(1, 40) * r.Next(100_000, 10_000_000) + r.Next(0, 100) * 0.01m;
        var net = (decimal)r.Next(-200_000, 30_000_000);
        for (var y = Math.Max(2017, registered.Year); y <= 2019; y++)
        {
            if (r.Next(100) < 3) continue;                         // a missing fiscal year
            sales = Math.Round(sales * (0.8m + r.Next(0, 70) / 100m), 2);
            net = Math.Round(net * (0.9m + r.Next(0, 60) / 100m) + r.Next(-50_000, 200_000), 2);
            var rd = Math.Round(sales * r.Next(0, 90) / 1000m, 2);
            var employees = r.Next(100) < 2 ? 0 : r.Next(3, 800);
            var total = r.Next(100) < 2 ? 0m : sales + r.Next(0, 1_000_000);
            years.Add(new YearFacts
            {
                Year = y,
                SalesRevenue = Maybe(r, sales),
                TotalIncome = Maybe(r, total),
                HightechIncome = Maybe(r, Math.Round(total * r.Next(20, 100) / 100m, 2)),
                RdExpense = Maybe(r, rd),
                RdExpenseDomestic = Maybe(r, Math.Round(rd * r.Next(40, 101) / 100m, 2)),
                TotalCostAndExpense = Maybe(r, Math.Round(sales * 0.85m, 2)),
                NetAssets = Maybe(r, net),
                TotalAssets = Maybe(r, Math.Round(sales * 1.2m, 2)),
                Employees = r.Next(100) < 4 ? null : employees,
                TechStaff = r.Next(100) < 4 ? null : employees * r.Next(0, 40) / 100,
                IncomeTax = Maybe(r, Math.Round(sales * 0.01m, 2)),
                Conversions = r.Next(100) < 6 ? null : r.Next(0, 8),
            });
        }
        var ip = new List<IpFacts>();
        for (int i = 0, n = r.Next(100) < 12 ? 0 : r.Next(1, 9); i < n; i++)
            ip.Add(new IpFacts(IpKindCodes[r.Next(IpKindCodes.Length)], Statuses[r.Next(Statuses.Length)],
                r.Next(10) == 0 ? null : new DateOnly(2012, 1, 1).AddDays(r.Next(3300)), Acquisitions[r.Next(Acquisitions.Length)],
                r.Next(10) == 0 ? 2018 : null, r.Next(30) == 0));
        var incidents = new List<IncidentFacts>();
        if (r.Next(100) < 7) incidents.Add(new IncidentFacts(Date.AddDays(-r.Next(0, 800)), IncidentKinds[r.Next(IncidentKinds.Length)]));
        var standards = new List<StandardFacts>();
        if (r.Next(100) < 15) standards.Add(new StandardFacts("industry", r.Next(2) == 0 ? "lead" : "participant", r.Next(2014, 2022)));
        SelfAssessmentFacts? self = r.Next(100) switch
        {
            < 50 => null,
            < 85 => new SelfAssessmentFacts(Grades[r.Next(5)], Grades[r.Next(5)], r.Next(0, 7), r.Next(0, 7), r.Next(0, 5), r.Next(0, 5)),
            _ => new SelfAssessmentFacts(r.Next(2) == 0 ? null : Grades[r.Next(5)], null, r.Next(0, 7), null, r.Next(0, 5), null),
        };
        return new EnterpriseFacts
        {
            Uscc = Uscc.Complete("91330105BM" + serial.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)),
            Name = $"基准测试企业{serial}",
            RegisteredOn = r.Next(100) < 2 ? null : registered,
            HightechField = field,
            Years = years,
            Ip = ip,
            Incidents = incidents,
            Standards = standards,
            SelfAssessment = self,
        };
    }

    private static decimal? Maybe(Random r, decimal v) => r.Next(100) < 3 ? null : v;
}
