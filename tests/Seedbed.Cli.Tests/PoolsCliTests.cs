namespace Seedbed.Cli.Tests;

public class PoolsCliTests
{
    [Fact]
    public async Task Summary_Json_IsExactlyTheFourCounts()
    {
        using var cli = new CliRunner();
        var (code, output, err) = await cli.RunAsync("pools", "summary", "--json");
        Assert.True(code == 0, err);
        Assert.Equal("{\"reserve\": 0, \"application\": 0, \"certified\": 0, \"exited\": 0}", output.Trim());
    }

    [Theory]
    [InlineData("2021-6-30", "格式错误")]
    [InlineData("2017-01-01", "没有生效的培育库规则")]
    public async Task Propose_BadDate_ChineseError_ExitsTwo(string date, string message)
    {
        using var cli = new CliRunner();
        var (code, _, err) = await cli.RunAsync("pools", "propose", "--date", date);
        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Propose_OnTheDemoDistrict_ListsAndStoresProposals_WithoutMovingAnyone()
    {
        using var cli = new CliRunner();
        Assert.Equal(0, (await cli.RunAsync("demo")).Code);
        var (code, output, err) = await cli.RunAsync("pools", "propose", "--date", "2021-06-30", "--assess");
        Assert.True(code == 0, err);
        Assert.Contains("已评估 1501 家企业", output, StringComparison.Ordinal);
        Assert.Contains("未入库 → 已认定", output, StringComparison.Ordinal);
        Assert.Contains("未入库 → 储备库", output, StringComparison.Ordinal);
        Assert.DoesNotContain("没有该日期可用", output, StringComparison.Ordinal);
        var again = await cli.RunAsync("pools", "propose", "--date", "2021-06-30");
        Assert.Contains("新增 0", again.Out, StringComparison.Ordinal);          // re-running does not duplicate pending proposals
        var summary = await cli.RunAsync("pools", "summary");
        Assert.Equal(0, summary.Code);
        Assert.Contains("储备库", summary.Out, StringComparison.Ordinal);
        Assert.Contains("待审批的调整建议", summary.Out, StringComparison.Ordinal);
    }
}
