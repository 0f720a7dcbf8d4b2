using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Seedbed.Core.Common;
using Seedbed.Core.Plans;
using Seedbed.Core.Tests.Support;

namespace Seedbed.Core.Tests.Plans;

/// <summary>A target table loaded as a plan: exactly the checks of <see cref="TargetTableCheck"/>, nothing stored on error.</summary>
public class ImportTargetTableTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "targets-2018-2020.csv");

    internal static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private static MemoryStream Tampered(string from, string to)
    {
        var text = File.ReadAllText(Shipped);
        Assert.Contains(from, text, StringComparison.Ordinal);
        return Csv(text.Replace(from, to, StringComparison.Ordinal));
    }

    private static TargetTableImport Input(string code = "gongshu-import", bool dryRun = false) =>
        new() { Code = code, Name = "拱墅区任务分解表（导入）", DryRun = dryRun };

    internal const string OtherDistrict = """
        jurisdiction,baseline_2020,new_2021,stretch_2021,new_2022,stretch_2022,total_2022,stretch_total_2022
        全区,10,3,4,5,6,18,20
        甲街道,4,1,2,2,3,7,9
        祥符,6,2,2,3,3,11,11
        """;

    [Theory, Providers]
    public async Task TheShippedTable_ImportsWithTheSameTargetsAsTheDefaultPlan_ActiveAndAudited(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await using var file = File.OpenRead(Shipped);
        var r = await t.Get<ImportTargetTable>().ExecuteAsync(file, "targets-2018-2020.csv", Input());
        Assert.True(r.Written);
        Assert.True(r.Active);
        Assert.Empty(r.Warnings);
        Assert.Equal((2017, 72, 12), (r.BaselineYear, r.Targets, r.Rows.Count));
        await t.Get<LoadDefaultPlan>().ExecuteAsync();

        await using var db = t.NewContext();
        var plans = await db.Plans.Include(p => p.Indicators).ThenInclude(i => i.Targets).ToListAsync();
        var imported = plans.Single(p => p.Id == r.PlanId);
        Assert.True(imported.IsActive);
        Assert.False(plans.Single(p => p.Code == DefaultPlan.Code).IsActive);   // one active plan: the first one loaded
        Assert.Equal((2018, 2020, ImportTargetTable.DefaultOffice), (imported.FirstYear, imported.LastYear, imported.IssuingOffice));
        var indicator = Assert.Single(imported.Indicators);
        Assert.Equal(("hnte", "国家高新技术企业", "家", PlanMetrics.Hnte, 107m), (indicator.Code, indicator.Name, indicator.Unit, indicator.Metric, indicator.Baseline));
        static IEnumerable<string> Keys(PlanIndicator i) =>
            i.Targets.Select(x => $"{x.Year}|{x.Jurisdiction}|{x.Kind}|{x.Committed:0}|{x.Stretch:0}").Order(StringComparer.Ordinal);
        Assert.Equal(Keys(plans.Single(p => p.Code == DefaultPlan.Code).Indicators.Single(i => i.Code == "hnte")), Keys(indicator));
        var scheme = await db.AssessmentSchemes.Include(s => s.Items).SingleAsync(s => s.PlanId == imported.Id);
        Assert.Equal(("hnte", 100m), (scheme.Items.Single().IndicatorCode, scheme.Items.Single().Weight));
        var audit = await db.AuditRecords.SingleAsync(a => a.Target == $"plan:{imported.Id}");
        Assert.Equal("create", audit.Action);
        Assert.Contains("导入任务分解表 targets-2018-2020.csv", audit.Detail, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task ATamperedCopy_IsRefusedNamingTheCell_AndNothingIsStored(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var import = t.Get<ImportTargetTable>();
        var total = await Assert.ThrowsAsync<SeedbedValidationException>(() => import.ExecuteAsync(Tampered("上塘,5,1,1,2,3,3,4,11,13", "上塘,5,1,1,2,3,3,4,12,13"), "t.csv", Input()));
        Assert.Equal(["I3", "I2"], total.Issues.Select(i => i.Location));
        var negative = await Assert.ThrowsAsync<SeedbedValidationException>(() => import.ExecuteAsync(Tampered("半山,3,1,", "半山,3,-1,"), "t.csv",
            Input() with { Code = "坏 编号", Name = " " }));
        Assert.Equal(["name", "code", "C5"], negative.Issues.Select(i => i.Location));
        Assert.Contains(negative.Issues, i => i.Location == "C5" && i.Message.Contains("不能为负数", StringComparison.Ordinal));
        await Assert.ThrowsAsync<SeedbedValidationException>(() => import.ExecuteAsync(Csv("a;b"), "t.txt", Input()));

        await using var db = t.NewContext();
        Assert.Equal(0, await db.Plans.CountAsync());
        Assert.Equal(0, await db.PlanTargets.CountAsync());
        Assert.Equal(0, await db.AuditRecords.CountAsync(a => a.Target.StartsWith("plan:")));
    }

    [Theory, Providers]
    public async Task AnotherDistrictsTable_WarnsForEachUnknownJurisdiction_AndADryRunWritesNothing(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var import = t.Get<ImportTargetTable>();
        var preview = await import.ExecuteAsync(Csv(OtherDistrict), "other.csv", Input("other", dryRun: true) with { Metric = ActualSources.Manual });
        Assert.False(preview.Written);
        Assert.Null(preview.PlanId);
        var warning = Assert.Single(preview.Warnings);   // 甲街道 is unknown, 祥符 is in the registry
        Assert.Equal("A3", warning.Location);
        Assert.Contains("甲街道", warning.Message, StringComparison.Ordinal);
        await using (var db = t.NewContext()) Assert.Equal(0, await db.Plans.CountAsync());

        var r = await import.ExecuteAsync(Csv(OtherDistrict), "other.csv", Input("other") with { Metric = ActualSources.Manual, IndicatorName = "科技型企业", Unit = "家" });
        Assert.Equal((2020, 12), (r.BaselineYear, r.Targets));
        await using var check = t.NewContext();
        var indicator = await check.PlanIndicators.Include(i => i.Targets).SingleAsync(i => i.PlanId == r.PlanId);
        Assert.Equal((ActualSources.Manual, (string?)null, "科技型企业"), (indicator.ActualSource, indicator.Metric, indicator.Name));
        var level = indicator.Targets.Single(x => x.Jurisdiction == "甲街道" && x.Year == 2022 && x.Kind == TargetKinds.Level);
        Assert.Equal((7m, 9m), (level.Committed!.Value, level.Stretch!.Value));
    }

    [Theory, Providers]
    public async Task ADuplicateCode_IsRefusedInChinese(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await t.Get<LoadDefaultPlan>().ExecuteAsync();
        var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() =>
            t.Get<ImportTargetTable>().ExecuteAsync(Csv(OtherDistrict), "other.csv", Input(DefaultPlan.Code)));
        var issue = Assert.Single(ex.Issues);
        Assert.Equal(("code", $"计划编号“{DefaultPlan.Code}”已存在，请换一个编号"), (issue.Location, issue.Message));
        await using var db = t.NewContext();
        Assert.Equal(1, await db.Plans.CountAsync());
    }

    [Fact]
    public async Task AnXlsxCopyOfTheShippedTable_PreviewsTheSameRows()
    {
        var rows = File.ReadAllLines(Shipped).Select(l => l.Split(',')).ToList();
        var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => (object)(int.TryParse(p.Second, out var n) ? n : p.Second))));
        xlsx.Position = 0;
        var report = TargetTableCheck.CheckStream(xlsx, "targets.xlsx");
        Assert.True(report.Ok, string.Join("; ", report.Issues));
        Assert.Equal(GongshuTargetTable.Table.Rows, report.Rows, new RowComparer());
    }

    private sealed class RowComparer : IEqualityComparer<TargetTableRow>
    {
        public bool Equals(TargetTableRow? x, TargetTableRow? y) =>
            x is not null && y is not null && x.Jurisdiction == y.Jurisdiction && x.Baseline == y.Baseline && x.Years.SequenceEqual(y.Years)
            && x.Total == y.Total && x.StretchTotal == y.StretchTotal;
        public int GetHashCode(TargetTableRow obj) => obj.Jurisdiction.GetHashCode(StringComparison.Ordinal);
    }
}
