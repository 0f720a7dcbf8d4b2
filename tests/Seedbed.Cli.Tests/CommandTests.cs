using System.Globalization;
using System.Text;

namespace Seedbed.Cli.Tests;

public class CommandTests
{
    private const string Uscc1 = "91440300708461136T";

    private static string Dossier(string uscc, string jurisdiction, decimal rd) => $$"""
        { "schema": "seedbed.dossier/1", "enterprises": [ {
          "uscc": "{{uscc}}", "name": "命令行测试企业", "registeredOn": "2012-05-01", "jurisdiction": "{{jurisdiction}}",
          "hightechField": "101",
          "years": [ { "year": 2019, "salesRevenue": 1000000, "rdExpense": {{rd.ToString(CultureInfo.InvariantCulture)}}, "employees": 20, "techStaff": 5 } ] } ] }
        """;

    [Fact]
    public async Task Template_WritesAnXlsxWorkbook()
    {
        using var cli = new CliRunner();
        var (code, output, _) = await cli.RunAsync("template", "-o", cli.PathOf("t.xlsx"));
        Assert.Equal(0, code);
        Assert.Contains("已生成导入模板", output, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(cli.PathOf("t.xlsx"));
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task Import_ThenReimport_ThenExport()
    {
        using var cli = new CliRunner();
        await File.WriteAllTextAsync(cli.PathOf("a.json"), Dossier(Uscc1, "祥符", 60000m), Encoding.UTF8);
        var first = await cli.RunAsync("import", cli.PathOf("a.json"));
        Assert.True(first.Code == 0, first.Err);
        Assert.Contains("新增 1 家", first.Out, StringComparison.Ordinal);
        var again = await cli.RunAsync("import", cli.PathOf("a.json"));
        Assert.Equal(0, again.Code);
        Assert.Contains("未变化 1 家", again.Out, StringComparison.Ordinal);
        var export = await cli.RunAsync("export", "-o", cli.PathOf("out.xlsx"), "--jurisdiction", "祥符");
        Assert.Equal(0, export.Code);
        Assert.Contains("已导出 1 家企业", export.Out, StringComparison.Ordinal);
        var reimport = await cli.RunAsync("import", cli.PathOf("out.xlsx"));
        Assert.Equal(0, reimport.Code);
        Assert.Contains("未变化 1 家", reimport.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadInput_ExitsTwoWithChineseLocationAndWritesNothing()
    {
        using var cli = new CliRunner();
        await File.WriteAllTextAsync(cli.PathOf("bad.json"), Dossier("91440300708461136U", "不存在街道", -5m), Encoding.UTF8);
        var (code, _, err) = await cli.RunAsync("import", cli.PathOf("bad.json"));
        Assert.Equal(2, code);
        Assert.Contains("enterprises[0].uscc", err, StringComparison.Ordinal);
        Assert.Contains("校验码", err, StringComparison.Ordinal);
        Assert.Contains("enterprises[0].jurisdiction", err, StringComparison.Ordinal);
        Assert.Contains("enterprises[0].years[0].rdExpense", err, StringComparison.Ordinal);
        var export = await cli.RunAsync("export", "-o", cli.PathOf("out.xlsx"));
        Assert.Contains("已导出 0 家企业", export.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NotAWorkbook_ExitsTwo()
    {
        using var cli = new CliRunner();
        await File.WriteAllTextAsync(cli.PathOf("x.xlsx"), "this is not a workbook");
        var (code, _, err) = await cli.RunAsync("import", cli.PathOf("x.xlsx"));
        Assert.Equal(2, code);
        Assert.Contains("不是有效的", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_LoadsOnceThenRefuses()
    {
        using var cli = new CliRunner();
        var first = await cli.RunAsync("demo");
        Assert.True(first.Code == 0, first.Err);
        Assert.Contains("已载入演示区数据", first.Out, StringComparison.Ordinal);
        var second = await cli.RunAsync("demo");
        Assert.Equal(2, second.Code);
        var export = await cli.RunAsync("export", "-o", cli.PathOf("park.xlsx"), "--jurisdiction", "园区", "--qualification", "hnte");
        Assert.Equal(0, export.Code);
        Assert.Matches("已导出 [1-9][0-9]+ 家企业", export.Out);
    }
}
