using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Demo;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Plans;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Demo;

public class DemoDistrictTests
{
    private static readonly Dictionary<string, int> Ids =
        GongshuTargetTable.Jurisdictions.Select((r, i) => (r.Jurisdiction, i + 1)).ToDictionary(x => x.Jurisdiction, x => x.Item2);

    private static readonly List<Enterprise> District = DemoDistrict.Generate(Ids);

    private static bool HnteValidOn(Enterprise e, DateOnly d) =>
        e.Qualifications.Any(q => q.Kind == "hnte" && q.IssuedOn <= d && (q.ExpiresOn is null || q.ExpiresOn >= d));

    [Fact]
    public void Generate_IsDeterministic()
    {
        var again = DemoDistrict.Generate(Ids);
        Assert.Equal(District.Select(e => (e.Uscc, e.Name, e.JurisdictionId)), again.Select(e => (e.Uscc, e.Name, e.JurisdictionId)));
        Assert.Equal(District.SelectMany(e => e.Years).Sum(y => y.SalesRevenue ?? 0), again.SelectMany(e => e.Years).Sum(y => y.SalesRevenue ?? 0));
        Assert.Equal(District.SelectMany(e => e.Qualifications).Select(q => q.Number), again.SelectMany(e => e.Qualifications).Select(q => q.Number));
    }

    [Fact]
    public void Generate_AboutFifteenHundredEnterprises_WithValidUniqueDemoCodesAndNames()
    {
        Assert.InRange(District.Count, 1450, 1550);
        Assert.All(District, e => Assert.True(Uscc.IsValid(e.Uscc), e.Uscc));
        Assert.All(District, e => Assert.Equal("DM", e.Uscc[8..10]));
        Assert.Equal(District.Count, District.Select(e => e.Uscc).Distinct().Count());
        Assert.Equal(District.Count, District.Select(e => e.Name).Distinct().Count());
        Assert.Equal(Ids.Count, District.Select(e => e.JurisdictionId).Distinct().Count());
    }

    [Fact]
    public void Generate_MatchesThe2017BaselineOfTheTaskTable_PerJurisdiction()
    {
        var end2017 = new DateOnly(2017, 12, 31);
        foreach (var row in GongshuTargetTable.Jurisdictions)
        {
            var certified = District.Count(e => e.JurisdictionId == Ids[row.Jurisdiction] && HnteValidOn(e, end2017));
            Assert.True(row.Baseline2017 == certified, $"{row.Jurisdiction}: expected {row.Baseline2017}, got {certified}");
        }
        Assert.Equal(107, District.Count(e => HnteValidOn(e, end2017)));
    }

    [Fact]
    public void Generate_NewCertificationsFollowTheCommittedTargets()
    {
        int FirstCertified(Enterprise e) => e.Qualifications.Where(q => q.Kind == "hnte").Select(q => q.IssuedOn.Year).DefaultIfEmpty(0).Min();
        foreach (var row in GongshuTargetTable.Jurisdictions)
        {
            var mine = District.Where(e => e.JurisdictionId == Ids[row.Jurisdiction]).ToList();
            Assert.InRange(mine.Count(e => FirstCertified(e) == 2018), Math.Max(0, row.New2018 - 1), row.New2018 + 2);
            Assert.InRange(mine.Count(e => FirstCertified(e) == 2019), Math.Max(0, row.New2019 - 1), row.New2019 + 2);
            Assert.InRange(mine.Count(e => FirstCertified(e) == 2020), Math.Max(0, row.New2020 - 1), row.New2020 + 2);
        }
    }

    [Fact]
    public void Generate_HasPlausibleYearsIpAndProgrammes()
    {
        var years = District.SelectMany(e => e.Years).ToList();
        Assert.Equal(2014, years.Min(y => y.Year));
        Assert.Equal(2020, years.Max(y => y.Year));
        Assert.All(years, y => Assert.True(y.TechStaff <= y.Employees && y.RdExpenseDomestic <= y.RdExpense && y.SalesRevenue > 0));
        Assert.All(District, e => Assert.Equal(e.Years.Count, e.Years.Select(y => y.Year).Distinct().Count()));
        Assert.Contains(District, e => e.IpItems.Any(i => i.Kind == "invention-patent" && i.Status == "granted"));
        Assert.Contains(District, e => e.IpItems.Any(i => i.Acquisition == "license"));
        foreach (var year in new[] { 2018, 2019, 2020 })
        {
            Assert.InRange(District.Count(e => e.Qualifications.Any(q => q.Kind == "sunrise" && q.IssuedOn.Year == year)), 35, 45);
            Assert.InRange(District.Count(e => e.Qualifications.Any(q => q.Kind == "zj-tech-sme" && q.IssuedOn.Year == year)), 70, 80);
        }
        Assert.All(District.SelectMany(e => e.IpItems), i => Assert.True(IpKinds.IsKnown(i.Kind)));
    }

    [Fact]
    public void Generate_PutsSomeEnterprisesJustBelowAThreshold()
    {
        // R&D just under 5 % of sales (sales ≤ 5,000万) over 2017–2019, and tech staff just under 10 %
        bool NearRd(Enterprise e)
        {
            var w = e.Years.Where(y => y.Year is >= 2017 and <= 2019).ToList();
            if (w.Count < 3 || w.Any(y => y.SalesRevenue is null || y.RdExpense is null)) return false;
            var ratio = w.Sum(y => y.RdExpense!.Value) / w.Sum(y => y.SalesRevenue!.Value);
            return ratio is >= 0.045m and < 0.05m && w[^1].SalesRevenue <= 50_000_000m;
        }
        bool NearStaff(Enterprise e) => e.Years.Any(y => y.Year == 2019 && y.Employees >= 20 && (decimal)y.TechStaff!.Value / y.Employees!.Value is >= 0.085m and < 0.10m);
        Assert.True(District.Count(NearRd) >= 5);
        Assert.True(District.Count(NearStaff) >= 5);
    }

    [Theory, Providers]
    public async Task Load_WritesTheDistrictOnce(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var load = t.Get<LoadDemoDistrict>();
        var reports = new List<int>();
        Assert.True(await load.ExecuteAsync(new SyncProgress<Seedbed.Core.Intake.IntakeProgress>(p => reports.Add(p.Done))));
        Assert.False(await load.ExecuteAsync());
        await using var db = t.NewContext();
        Assert.Equal(District.Count, await db.Enterprises.CountAsync());
        Assert.Equal(District.Sum(e => e.Years.Count), await db.FiscalYears.CountAsync());
        Assert.Equal(District.Sum(e => e.IpItems.Count), await db.IpItems.CountAsync());
        Assert.True(await LoadDemoDistrict.IsLoadedAsync(db));
        Assert.Equal(District.Count, reports[^1]);
        Assert.Equal(0, await db.ChangeRecords.CountAsync());
        var first = District[0];
        var stored = await db.Enterprises.Include(e => e.Years).SingleAsync(e => e.Uscc == first.Uscc);
        Assert.Equal(first.Years.Sum(y => y.SalesRevenue), stored.Years.Sum(y => y.SalesRevenue));
    }
}

/// <summary>IProgress that reports synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
