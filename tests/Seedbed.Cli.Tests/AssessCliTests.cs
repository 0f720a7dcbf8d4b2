using System.Text;
using System.Text.Json;

namespace Seedbed.Cli.Tests;

public class AssessCliTests
{
    private const string Dossier = """
        { "schema": "seedbed.dossier/1", "enterprises": [
          { "uscc": "91440300708461136T", "name": "甲", "registeredOn": "2010-01-01", "jurisdiction": "祥符", "hightechField": "101",
            "years": [ { "year": 2019, "salesRevenue": 10000000, "rdExpense": 300000, "employees": 100, "techStaff": 30, "totalAssets": 5000000, "totalCostAndExpense": 9000000 } ] },
          { "uscc": "91330100716105852F", "name": "乙", "registeredOn": "2019-12-01", "jurisdiction": "园区" } ] }
        """;

    [Fact]
    public async Task Assess_File_WritesTheDocument()
    {
        using var cli = new CliRunner();
        await File.WriteAllTextAsync(cli.PathOf("d.json"), Dossier, Encoding.UTF8);
        var (code, _, err) = await cli.RunAsync("assess", "--ruleset", "tech-sme-2017", "--date", "2020-06-30", "--input", cli.PathOf("d.json"), "--output", cli.PathOf("r.json"));
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(cli.PathOf("r.json")));
        Assert.Equal("seedbed.assessment/1", doc.RootElement.GetProperty("schema").GetString());
        var results = doc.RootElement.GetProperty("results");
        Assert.Equal(["91440300708461136T", "91330100716105852F"], results.EnumerateArray().Select(r => r.GetProperty("uscc").GetString()));
        // 甲: tech 30 % → 20, R&D 3 % of sales → 20 (3.3 % of cost → 0), no IP → 0: 40 < 60
        Assert.Equal(40, results[0].GetProperty("score").GetProperty("min").GetInt32());
        Assert.Equal("fail", results[0].GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("hnte-1999", "2020-06-30", "未知的规则集")]
    [InlineData("tech-sme-2017", "2016-06-30", "早于规则集")]
    [InlineData("hnte-2016", "2020-6-30", "格式错误")]
    public async Task Assess_BadRuleSetOrDate_ExitsTwo_WithoutOutputFile(string ruleset, string date, string message)
    {
        using var cli = new CliRunner();
        await File.WriteAllTextAsync(cli.PathOf("d.json"), Dossier, Encoding.UTF8);
        var (code, _, err) = await cli.RunAsync("assess", "--ruleset", ruleset, "--date", date, "--input", cli.PathOf("d.json"), "--output", cli.PathOf("r.json"));
        Assert.Equal(2, code);
        Assert.Contains(message, err, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.PathOf("r.json")));
        Assert.Empty(Directory.GetFiles(cli.WorkDir, "r.json*"));
    }

    [Fact]
    public async Task Assess_MalformedDossier_NamesRecordAndField_ExitsTwo_WithoutOutputFile()
    {
        using var cli = new CliRunner();
        var bad = Dossier.Replace("\"techStaff\": 30", "\"techStaff\": -3", StringComparison.Ordinal)
            .Replace("\"registeredOn\": \"2019-12-01\"", "\"registeredOn\": \"2019-13-01\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(cli.PathOf("d.json"), bad, Encoding.UTF8);
        var (code, _, err) = await cli.RunAsync("assess", "--ruleset", "hnte-2016", "--date", "2020-06-30", "--input", cli.PathOf("d.json"), "--output", cli.PathOf("r.json"));
        Assert.Equal(2, code);
        Assert.Contains("enterprises[0].years[0].techStaff", err, StringComparison.Ordinal);
        Assert.Contains("enterprises[1].registeredOn", err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(cli.WorkDir, "r.json*"));
    }

    [Fact]
    public async Task Assess_All_StoresAnEvaluationPerEnterprise()
    {
        using var cli = new CliRunner();
        await File.WriteAllTextAsync(cli.PathOf("d.json"), Dossier, Encoding.UTF8);
        Assert.Equal(0, (await cli.RunAsync("import", cli.PathOf("d.json"))).Code);
        var (code, output, err) = await cli.RunAsync("assess", "--ruleset", "hnte-2016", "--date", "2020-06-30", "--all");
        Assert.True(code == 0, err);
        Assert.Contains("已评估 2 家企业", output, StringComparison.Ordinal);
        Assert.Contains("不符合 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rulesets_ListsAllFourWithCitations()
    {
        using var cli = new CliRunner();
        var (code, output, _) = await cli.RunAsync("rulesets");
        Assert.Equal(0, code);
        foreach (var id in new[] { "hnte-2016", "tech-sme-2017", "zj-tech-sme-2016", "hz-hnte-2016" }) Assert.Contains(id, output, StringComparison.Ordinal);
        Assert.Contains("第十一条（五）", output, StringComparison.Ordinal);
        Assert.Contains("国科发政〔2017〕115号", output, StringComparison.Ordinal);
    }
}
