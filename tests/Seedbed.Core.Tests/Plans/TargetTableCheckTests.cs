using MiniExcelLibs;
using Seedbed.Core.Plans;

namespace Seedbed.Core.Tests.Plans;

/// <summary>The task-table check: the shipped table passes; tampered copies fail naming the right cell.</summary>
public class TargetTableCheckTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "targets-2018-2020.csv");

    private static List<string[]> Rows() => File.ReadAllLines(Shipped).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();

    private static TargetTableReport Tampered(Action<List<string[]>> change)
    {
        var rows = Rows();
        change(rows);
        return TargetTableCheck.Check(rows);
    }

    private static int RowOf(List<string[]> rows, string name) => rows.FindIndex(r => r[0] == name);

    [Fact]
    public void TheShippedTable_Passes()
    {
        var report = TargetTableCheck.CheckFile(Shipped);
        Assert.True(report.Ok, string.Join("; ", report.Issues));
        Assert.Equal([2018, 2019, 2020], report.Years);
        Assert.Equal(11, report.Jurisdictions);
    }

    [Fact]
    public void TheShippedTable_AsXlsx_Passes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"targets-{Guid.NewGuid():N}.xlsx");
        var rows = Rows();
        MiniExcel.SaveAs(path, rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => (object)(int.TryParse(p.Second, out var n) ? n : p.Second))));
        try { Assert.True(TargetTableCheck.CheckFile(path).Ok); }
        finally { File.Delete(path); }
    }

    [Fact]
    public void AJurisdictionTotal_ThatIsNotBaselinePlusYears_NamesItsCell_AndTheDistrictSum()
    {
        var report = Tampered(r => r[RowOf(r, "上塘")][8] = "12");   // total_2020 of 上塘 (row 3, column I)
        Assert.Equal(["I3", "I2"], report.Issues.Select(i => i.Location));
        Assert.Contains("应等于基数与各年新增数之和 11", report.Issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("各属地之和为 228", report.Issues[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStretchTotal_ThatDoesNotAddUp_NamesItsCell()
    {
        var report = Tampered(r => r[RowOf(r, "祥符")][3] = "4");   // stretch_2018 of 祥符: its stretch total and the district column break
        Assert.Equal(["J4", "D2"], report.Issues.Select(i => i.Location));
        Assert.Contains("stretch_total_2020 为 27", report.Issues[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1", "不能为负数")]
    [InlineData("三", "须为不小于 0 的整数")]
    [InlineData("1.5", "须为不小于 0 的整数")]
    [InlineData("", "须为不小于 0 的整数")]
    public void ANumberCell_ThatIsNotAWholeNumberAtLeastZero_IsNamed(string value, string message)
    {
        var report = Tampered(r => r[RowOf(r, "半山")][2] = value);   // new_2018 of 半山: row 5, column C
        var issue = Assert.Single(report.Issues, i => i.Location == "C5");
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDistrictRow_DuplicateNames_AndWrongHeaders_AreReported()
    {
        Assert.Contains(Tampered(r => r.RemoveAt(1)).Issues, i => i.Message.Contains("缺少全区合计行", StringComparison.Ordinal));
        Assert.Contains(Tampered(r => r[RowOf(r, "湖墅")][0] = "小河").Issues, i => i.Location == "A9" && i.Message.Contains("第8行已有", StringComparison.Ordinal));
        var header = Tampered(r => r[0][3] = "stretch2018");
        Assert.Equal("D1", Assert.Single(header.Issues).Location);
    }

    [Fact]
    public void AnotherDistrictsPlan_WithOtherYears_IsCheckedTheSameWay()
    {
        const string table = """
            jurisdiction,baseline_2020,new_2021,stretch_2021,new_2022,stretch_2022,total_2022,stretch_total_2022
            全区,10,3,4,5,6,18,20
            甲街道,4,1,2,2,3,7,9
            乙街道,6,2,2,3,3,11,11
            """;
        var rows = table.Split('\n').Select(l => l.Trim().Split(',')).ToList();
        var report = TargetTableCheck.Check(rows);
        Assert.True(report.Ok, string.Join("; ", report.Issues));
        Assert.Equal([2021, 2022], report.Years);
        rows[3][1] = "7";
        Assert.Equal(["G4", "H4", "B2"], TargetTableCheck.Check(rows).Issues.Select(i => i.Location));
    }

    [Fact]
    public void APassingTable_GivesItsRows_AndACsvSavedAsGbkReadsTheSame()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gbk = System.Text.Encoding.GetEncoding("GB18030").GetBytes(ImportTargetTableTests.OtherDistrict);
        var report = TargetTableCheck.CheckStream(new MemoryStream(gbk), "other.csv");
        Assert.True(report.Ok, string.Join("; ", report.Issues));
        Assert.Equal(["全区", "甲街道", "祥符"], report.Rows.Select(r => r.Jurisdiction));
        var row = report.Rows[1];
        Assert.Equal((3, 4L, 7L, 9L), (row.Line, row.Baseline, row.Total, row.StretchTotal));
        Assert.Equal([new TargetTableYear(2021, 1, 2), new TargetTableYear(2022, 2, 3)], row.Years);
        Assert.Empty(Tampered(r => r[1][1] = "x").Rows);   // no rows from a failing table
    }
}
