using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Assessment;
using Seedbed.Core.Common;
using Seedbed.Core.Demo;
using Seedbed.Core.Tests.Support;

namespace Seedbed.Core.Tests.Assessment;

public class AssessTests
{
    private const string Dossier = """
        { "schema": "seedbed.dossier/1", "enterprises": [
          { "uscc": "91440300708461136T", "name": "甲", "registeredOn": "2010-01-01", "jurisdiction": "祥符", "hightechField": "101",
            "years": [
              { "year": 2017, "salesRevenue": 10000000, "totalIncome": 10000000, "hightechIncome": 8000000, "rdExpense": 600000, "rdExpenseDomestic": 600000, "netAssets": 100, "employees": 50, "techStaff": 10, "conversions": 5 },
              { "year": 2018, "salesRevenue": 10000000, "totalIncome": 10000000, "hightechIncome": 8000000, "rdExpense": 600000, "rdExpenseDomestic": 600000, "netAssets": 150, "employees": 50, "techStaff": 10, "conversions": 5 },
              { "year": 2019, "salesRevenue": 10000000, "totalIncome": 10000000, "hightechIncome": 8000000, "rdExpense": 600000, "rdExpenseDomestic": 600000, "netAssets": 200, "employees": 50, "techStaff": 10, "conversions": 5 } ],
            "ip": [ { "kind": "invention-patent", "number": "ZL1", "status": "granted", "grantedOn": "2018-01-01", "acquisition": "own" } ] },
          { "uscc": "91330100716105852F", "name": "乙", "registeredOn": "2019-12-01", "jurisdiction": "园区", "hightechField": null } ] }
        """;

    private static async Task<JsonDocument> AssessAsync(string ruleset, DateOnly date, string json = Dossier)
    {
        var output = new MemoryStream();
        await new AssessFile().ExecuteAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "d.json", ruleset, date, output);
        return JsonDocument.Parse(output.ToArray());
    }

    [Fact]
    public async Task AssessFile_WritesTheContractDocument_InInputOrder()
    {
        using var doc = await AssessAsync("hnte-2016", new DateOnly(2020, 6, 30));
        var root = doc.RootElement;
        Assert.Equal(("seedbed.assessment/1", "hnte-2016", "2020-06-30"), (root.GetProperty("schema").GetString(), root.GetProperty("ruleset").GetString(), root.GetProperty("date").GetString()));
        var results = root.GetProperty("results");
        Assert.Equal(["91440300708461136T", "91330100716105852F"], results.EnumerateArray().Select(r => r.GetProperty("uscc").GetString()));
        var a = results[0];
        Assert.Equal("score", a.GetProperty("route").GetString());
        var rd = a.GetProperty("conditions").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "rd-expense-ratio");
        Assert.Equal(("pass", 0.06m, 0.05m, "第十一条（五）"), (rd.GetProperty("status").GetString(), rd.GetProperty("actual").GetDecimal(), rd.GetProperty("required").GetDecimal(), rd.GetProperty("citation").GetString()));
        Assert.Equal(71, a.GetProperty("score").GetProperty("pass").GetInt32());
        var b = results[1];
        Assert.Equal("fail", b.GetProperty("verdict").GetString()); // registered 2019-12-01: < 365 days; field null → fail
        Assert.Contains(b.GetProperty("gaps").EnumerateArray(), g => g.GetProperty("id").GetString() == "core-ip" && g.GetProperty("unit").GetString() == "items");
    }

    [Theory]
    [InlineData("hnte-2099", "2020-06-30", "未知的规则集")]
    [InlineData("tech-sme-2017", "2016-12-31", "早于规则集 tech-sme-2017 的生效日期")]
    public async Task AssessFile_BadRuleSetOrDate_IsAChineseInputError(string ruleset, string date, string message)
    {
        var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() => AssessAsync(ruleset, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssessFile_MalformedDossier_NamesTheRecordAndField_AndWritesNothing()
    {
        var at = Dossier.IndexOf("\"techStaff\": 10", StringComparison.Ordinal);
        var bad = Dossier[..at] + "\"techStaff\": \"十\"" + Dossier[(at + "\"techStaff\": 10".Length)..];
        var output = new MemoryStream();
        var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() =>
            new AssessFile().ExecuteAsync(new MemoryStream(Encoding.UTF8.GetBytes(bad)), "d.json", "hnte-2016", new DateOnly(2020, 6, 30), output));
        Assert.Contains(ex.Issues, i => i.Location == "enterprises[0].years[0].techStaff");
        Assert.Equal(0, output.Length);
    }

    [Theory, Providers]
    public async Task AssessAll_StoresEveryEvaluation_AndEachCanBeReproducedExactly(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await t.Get<LoadDemoDistrict>().ExecuteAsync();
        var summary = await t.Get<AssessAll>().ExecuteAsync("hnte-2016", new DateOnly(2021, 6, 30), "测试");
        await using var db = t.NewContext();
        Assert.Equal(await db.Enterprises.CountAsync(), summary.Total);
        // most enterprises have no expert grades: their score is a range, so many are undetermined rather than passing
        Assert.True(summary.Pass + summary.Undetermined > 150, $"pass {summary.Pass}, undetermined {summary.Undetermined}");
        Assert.True(summary.Fail > 300, $"fail {summary.Fail}");
        Assert.Equal(summary.Fail, await db.Evaluations.CountAsync(e => e.RunId == summary.RunId && e.FailedConditions != ""));
        Assert.Equal(summary.Total, await db.Evaluations.CountAsync(e => e.RunId == summary.RunId));
        foreach (var e in await db.Evaluations.OrderBy(e => e.Id).Take(40).ToListAsync())
            Assert.Equal(e.ResultJson, AssessmentJson.ResultToJson(EvaluationRecord.Reproduce(e)));
        // the snapshot, not the registry, is what reproduces: change the registry, the stored result still reproduces
        var first = await db.Evaluations.OrderBy(e => e.Id).FirstAsync();
        await db.FiscalYears.Where(y => y.EnterpriseId == first.EnterpriseId).ExecuteDeleteAsync();
        Assert.Equal(first.ResultJson, AssessmentJson.ResultToJson(EvaluationRecord.Reproduce(first)));
    }
}
