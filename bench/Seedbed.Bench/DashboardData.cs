using System.Globalization;
using Seedbed.Core.Plans;
using Seedbed.Rules.Registry;

namespace Seedbed.Bench;

/// <summary>
/// The rows of the dashboard benchmark's district (deterministic): <see cref="Enterprises"/> enterprises spread over the
/// eleven jurisdictions like the 2020 task table, ten fiscal years each (1,000,000 rows), and certificates, IP items,
/// R&amp;D institutions and pool moves in the proportions of the demo district: 15 % HNTE (first certificate 2008–2020,
/// re-certified every three years, 85 % succeed, up to 2025), 8 % 市高企, 22 % 省科小, 7 % 旭日, 45 % national tech-SME
/// registrations every year 2018–2026, about five IP items each (30 % invention patents, 80 % granted), 3 % institutions,
/// 20 % in the cultivation pool (half move on to the application pool, a third of those to certified).
/// </summary>
internal static class DashboardData
{
    public const int Enterprises = 100_000;
    public const int YearsEach = 10;
    private static readonly DateTime Stamp = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] IpKindsUsed = ["invention-patent", "utility-model", "utility-model", "software-copyright", "design-patent"];
    private static readonly string[] Levels = ["national", "provincial", "municipal"];

    /// <summary>Jurisdiction (by its order in the task table, 1-based) of each enterprise, weighted by the 2020 totals.</summary>
    public static int JurisdictionOrder(int id)
    {
        var x = (int)(unchecked((uint)id * 2654435761u) % (uint)Weights.Sum());
        for (var k = 0; k < Weights.Length; k++)
        {
            x -= Weights[k];
            if (x < 0) return k + 1;
        }
        return Weights.Length;
    }

    private static readonly int[] Weights = [.. GongshuTargetTable.Jurisdictions.Select(r => r.Total2020)];

    private static Random R(int id, int table) => new(unchecked(id * 7919 + table * 104729));
    private static DateOnly Day(Random r, int year, int fromMonth = 1, int toMonth = 12) => new(year, r.Next(fromMonth, toMonth + 1), r.Next(1, 29));

    public static readonly string[] EnterpriseColumns = ["Id", "Uscc", "Name", "JurisdictionId", "RegisteredOn", "HightechField", "CreatedAt", "UpdatedAt"];

    public static IEnumerable<object?[]> EnterpriseRows(IReadOnlyDictionary<int, int> jurisdictionIdByOrder)
    {
        for (var id = 1; id <= Enterprises; id++)
        {
            var r = R(id, 1);
            yield return [id, Uscc.Complete("91330105BM" + id.ToString("D7", CultureInfo.InvariantCulture)), $"杭州基准测试企业{id:D6}有限公司",
                jurisdictionIdByOrder[JurisdictionOrder(id)], Day(r, 2000 + r.Next(21)), r.Next(3) == 0 ? "201" : "101", Stamp, Stamp];
        }
    }

    public static readonly string[] FiscalYearColumns = ["EnterpriseId", "Year", "SalesRevenue", "RdExpense", "TotalIncome", "Employees", "TechStaff", "IncomeTax"];

    public static IEnumerable<object?[]> FiscalYearRows()
    {
        for (var id = 1; id <= Enterprises; id++)
        {
            var r = R(id, 2);
            for (var y = 2020 - YearsEach + 1; y <= 2020; y++)
            {
                long sales = r.NextInt64(1_000_000_00, 500_000_000_00);
                yield return [id, y, sales, sales / r.Next(15, 40), sales + sales / 10, r.Next(5, 500), r.Next(1, 100), sales / 50];
            }
        }
    }

    public static readonly string[] QualificationColumns = ["EnterpriseId", "Kind", "Number", "IssuedOn", "ExpiresOn"];

    public static IEnumerable<object?[]> QualificationRows()
    {
        for (var id = 1; id <= Enterprises; id++)
        {
            var r = R(id, 3);
            var n = 0;
            object?[] Q(string kind, DateOnly issued, DateOnly? expires) =>
                [id, kind, $"{kind.ToUpperInvariant()}-{id:D6}-{++n:D2}", issued, expires];
            if (r.NextDouble() < 0.15)
                for (var y = 2008 + r.Next(13); y <= 2025; y += 3)
                {
                    var issued = Day(r, y, 11, 12);
                    yield return Q("hnte", issued, issued.AddYears(3).AddDays(-1));
                    if (r.NextDouble() < 0.15) break;
                }
            if (r.NextDouble() < 0.08) { var d = Day(r, 2012 + r.Next(9), 6); yield return Q("hz-hnte", d, d.AddYears(3).AddDays(-1)); }
            if (r.NextDouble() < 0.22) yield return Q("zj-tech-sme", Day(r, 2012 + r.Next(9), 6), null);
            if (r.NextDouble() < 0.07) { var d = Day(r, 2018 + r.Next(3), 6); yield return Q("sunrise", d, d.AddYears(3).AddDays(-1)); }
            for (var y = 2018; y <= 2026; y++)
                if (r.NextDouble() < 0.45) yield return Q("tech-sme", Day(r, y, 1, 5), new DateOnly(y, 12, 31));
        }
    }

    public static readonly string[] IpColumns = ["EnterpriseId", "Kind", "Number", "Status", "GrantedOn", "Acquisition", "Disputed"];

    public static IEnumerable<object?[]> IpRows()
    {
        for (var id = 1; id <= Enterprises; id++)
        {
            var r = R(id, 4);
            var count = r.Next(11);
            for (var k = 0; k < count; k++)
            {
                var granted = r.NextDouble() < 0.8;
                yield return [id, IpKindsUsed[r.Next(IpKindsUsed.Length)], $"ZL{id:D6}{k:D2}", granted ? "granted" : "pending",
                    granted ? Day(r, 2010 + r.Next(17)) : null, "own", false];
            }
        }
    }

    public static readonly string[] InstitutionColumns = ["EnterpriseId", "Level", "Name", "RecognizedOn"];

    public static IEnumerable<object?[]> InstitutionRows()
    {
        for (var id = 1; id <= Enterprises; id++)
        {
            var r = R(id, 5);
            if (r.NextDouble() < 0.03) yield return [id, Levels[r.Next(3)], $"基准测试研究院{id:D6}", Day(r, 2010 + r.Next(17))];
        }
    }

    public static readonly string[] PoolMoveColumns = ["EnterpriseId", "FromTier", "ToTier", "On", "At", "Actor", "Reason"];
    public static readonly string[] PoolMembershipColumns = ["EnterpriseId", "Tier", "Since"];

    /// <summary>Pool moves of an enterprise (reserve → application → certified), oldest first; empty for most.</summary>
    public static IEnumerable<(string? From, string To, DateOnly On)> PoolMovesOf(int id)
    {
        var r = R(id, 6);
        if (r.NextDouble() >= 0.2) yield break;
        var on = Day(r, 2017 + r.Next(8));
        yield return (null, "reserve", on);
        if (r.NextDouble() >= 0.5) yield break;
        on = on.AddDays(r.Next(30, 400));
        yield return ("reserve", "application", on);
        if (r.NextDouble() >= 0.35) yield break;
        yield return ("application", "certified", on.AddDays(r.Next(100, 300)));
    }

    public static IEnumerable<object?[]> PoolMoveRows()
    {
        for (var id = 1; id <= Enterprises; id++)
            foreach (var (from, to, on) in PoolMovesOf(id))
                yield return [id, from, to, on, Stamp, "bench", "基准测试数据"];
    }

    public static IEnumerable<object?[]> PoolMembershipRows()
    {
        for (var id = 1; id <= Enterprises; id++)
            if (PoolMovesOf(id).LastOrDefault() is { To: not null } last) yield return [id, last.To, last.On];
    }
}
