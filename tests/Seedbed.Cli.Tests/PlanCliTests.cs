namespace Seedbed.Cli.Tests;

/// <summary><c>seedbed plan …</c> through the real program: check, load-default, import (exit 2 naming every bad cell), list, show, actual.</summary>
public sealed class PlanCliTests : IDisposable
{
    private readonly CliRunner _cli = new();
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Seedbed.Core", "Plans", "targets-2018-2020.csv");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task TheShippedTable_Passes()
    {
        var (code, output, _) = await _cli.RunAsync("plan", "check", Shipped);
        Assert.Equal(0, code);
        Assert.Contains("校验通过：11 个属地，2018–2020 年", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATamperedCopy_ExitsWith2_NamingTheCells()
    {
        var lines = File.ReadAllLines(Shipped);
        lines[2] = lines[2].Replace("上塘,5,1,", "上塘,5,-1,", StringComparison.Ordinal);
        File.WriteAllLines(_cli.PathOf("bad.csv"), lines);
        var (code, _, err) = await _cli.RunAsync("plan", "check", _cli.PathOf("bad.csv"));
        Assert.Equal(2, code);
        Assert.Contains("C3：不能为负数", err, StringComparison.Ordinal);
        Assert.Equal(2, (await _cli.RunAsync("plan", "check", _cli.PathOf("missing.csv"))).Code);
    }

    [Fact]
    public async Task Import_ATamperedTable_ExitsWith2_ListingEveryCell_AndStoresNothing()
    {
        var lines = File.ReadAllLines(Shipped);
        lines[2] = lines[2].Replace("上塘,5,1,", "上塘,5,-1,", StringComparison.Ordinal);   // C3
        lines[4] = lines[4].Replace(",7,7", ",8,7", StringComparison.Ordinal);            // 半山 total_2020: I5, and the district sum I2
        File.WriteAllLines(_cli.PathOf("bad.csv"), lines);
        var (code, _, err) = await _cli.RunAsync("plan", "import", _cli.PathOf("bad.csv"), "--code", "bad", "--name", "坏表");
        Assert.Equal(2, code);
        Assert.Contains("未写入任何数据", err, StringComparison.Ordinal);
        foreach (var cell in new[] { "C3：不能为负数", "I5：total_2020 为 8", "I2：全区 total_2020 为 227" })
            Assert.Contains(cell, err, StringComparison.Ordinal);
        Assert.Contains("还没有计划", (await _cli.RunAsync("plan", "list")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadImportListShowAndEnterAValue()
    {
        var (code, output, err) = await _cli.RunAsync("plan", "load-default");
        Assert.True(code == 0, err);
        Assert.Contains("16 项指标，111 个目标值", output, StringComparison.Ordinal);
        Assert.Contains("已载入过", (await _cli.RunAsync("plan", "load-default")).Out, StringComparison.Ordinal);

        File.WriteAllText(_cli.PathOf("other.csv"), """
            jurisdiction,baseline_2020,new_2021,stretch_2021,new_2022,stretch_2022,total_2022,stretch_total_2022
            全区,10,3,4,5,6,18,20
            甲街道,4,1,2,2,3,7,9
            祥符,6,2,2,3,3,11,11
            """);
        var preview = await _cli.RunAsync("plan", "import", _cli.PathOf("other.csv"), "--code", "other", "--name", "某区计划", "--dry-run");
        Assert.True(preview.Code == 0, preview.Err);
        Assert.Contains("预览，未写入", preview.Out, StringComparison.Ordinal);
        Assert.Contains("提示：A3：属地“甲街道”不在本区属地名录中", preview.Out, StringComparison.Ordinal);
        var imported = await _cli.RunAsync("plan", "import", _cli.PathOf("other.csv"), "--code", "other", "--name", "某区计划", "--office", "某区科技局");
        Assert.True(imported.Code == 0, imported.Err);
        Assert.Contains("已导入计划“某区计划”（编号 other）", imported.Out, StringComparison.Ordinal);
        var duplicate = await _cli.RunAsync("plan", "import", _cli.PathOf("other.csv"), "--code", "other", "--name", "再导一次");
        Assert.Equal(2, duplicate.Code);
        Assert.Contains("计划编号“other”已存在", duplicate.Err, StringComparison.Ordinal);

        var list = await _cli.RunAsync("plan", "list");
        Assert.Contains("* gongshu-2018-2020", list.Out, StringComparison.Ordinal);
        Assert.Contains("  other  某区计划  2021–2022 年", list.Out, StringComparison.Ordinal);
        Assert.Equal(0, (await _cli.RunAsync("plan", "activate", "other")).Code);
        Assert.Contains("* other", (await _cli.RunAsync("plan", "list")).Out, StringComparison.Ordinal);

        var entered = await _cli.RunAsync("plan", "actual", "gongshu-2018-2020", "hightech-share", "--year", "2019", "--value", "74.6",
            "--source", "区统计局快报", "--date", "2020-01-20");
        Assert.True(entered.Code == 0, entered.Err);
        Assert.Contains("2019年（全区）实际值 74.6%", entered.Out, StringComparison.Ordinal);
        var computed = await _cli.RunAsync("plan", "actual", "gongshu-2018-2020", "hnte", "--year", "2019", "--value", "3", "--source", "x", "--date", "2020-01-20");
        Assert.Equal(2, computed.Code);
        Assert.Contains("由系统根据数据自动计算，不能手工录入", computed.Err, StringComparison.Ordinal);
        Assert.Equal(2, (await _cli.RunAsync("plan", "actual", "gongshu-2018-2020", "hightech-share", "--year", "2019", "--value", "101",
            "--source", "x", "--date", "2020-01-20")).Code);
        Assert.Equal(2, (await _cli.RunAsync("plan", "actual", "gongshu-2018-2020", "hightech-share", "--year", "2019", "--value", "70",
            "--source", "x", "--date", "2020/01/20")).Code);

        var show = await _cli.RunAsync("plan", "show", "gongshu-2018-2020");
        Assert.True(show.Code == 0, show.Err);
        Assert.Contains("1. 国家高新技术企业（家，系统计算，代码 hnte）  基数：107", show.Out, StringComparison.Ordinal);
        Assert.Contains("2020年 新增 52（力争 63）、达到 227（力争 250）", show.Out, StringComparison.Ordinal);
        Assert.Contains("条款：一、培育目标：到2020年高新技术产业增加值占规上工业增加值比重从2017年的68.3%增加到78.2%。", show.Out, StringComparison.Ordinal);
        Assert.Contains("已录入：2019年 74.6%（区统计局快报，2020-01-20）", show.Out, StringComparison.Ordinal);
        Assert.Equal(2, (await _cli.RunAsync("plan", "show", "nothing")).Code);
    }
}
