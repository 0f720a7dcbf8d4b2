using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

/// <summary>POST /api/assessments, GET /api/rulesets, the check-up JSON, the report page and its PDF.</summary>
public class AssessmentsApiTests(CheckupApp app) : IClassFixture<CheckupApp>
{
    private readonly HttpClient _http = app.Client;

    private const string Dossier = """
        { "schema": "seedbed.dossier/1", "enterprises": [
          { "uscc": "91440300708461136T", "name": "甲", "registeredOn": "2010-01-01", "jurisdiction": "祥符", "hightechField": "101",
            "years": [
              { "year": 2017, "salesRevenue": 10000000, "totalIncome": 10000000, "hightechIncome": 8000000, "rdExpense": 600000, "rdExpenseDomestic": 600000, "netAssets": 100, "employees": 50, "techStaff": 10, "conversions": 5 },
              { "year": 2018, "salesRevenue": 10000000, "totalIncome": 10000000, "hightechIncome": 8000000, "rdExpense": 600000, "rdExpenseDomestic": 600000, "netAssets": 150, "employees": 50, "techStaff": 10, "conversions": 5 },
              { "year": 2019, "salesRevenue": 10000000, "totalIncome": 10000000, "hightechIncome": 8000000, "rdExpense": 600000, "rdExpenseDomestic": 600000, "netAssets": 200, "employees": 50, "techStaff": 10, "conversions": 5 } ],
            "ip": [ { "kind": "invention-patent", "number": "ZL1", "status": "granted", "grantedOn": "2018-01-01", "acquisition": "own" } ],
            "selfAssessment": { "techAdvancement": "B", "coreSupport": "A", "rdManagement": { "system": 6, "institution": 5, "conversionIncentive": 4, "talent": 3 } } },
          { "uscc": "91330100716105852F", "name": "乙", "registeredOn": "2019-12-01", "jurisdiction": "园区", "hightechField": null } ] }
        """;

    private Task<HttpResponseMessage> PostAsync(string query, string body = Dossier) =>
        _http.PostAsync("/api/assessments" + query, new StringContent(body, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage r, HttpStatusCode status)
    {
        Assert.Equal(status, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<(string Location, string Message)> Errors(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("location").GetString()!, e.GetProperty("message").GetString()!));

    [Fact]
    public async Task Assess_ValidDossier_ReturnsTheContractDocument_InInputOrder()
    {
        var r = await PostAsync("?ruleset=hnte-2016&date=2020-06-30");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/json", r.Content.Headers.ContentType?.MediaType);
        var doc = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("seedbed.assessment/1", "hnte-2016", 1, "2020-06-30"), (doc.GetProperty("schema").GetString(), doc.GetProperty("ruleset").GetString(),
            doc.GetProperty("rulesetVersion").GetInt32(), doc.GetProperty("date").GetString()));
        var results = doc.GetProperty("results");
        Assert.Equal(["91440300708461136T", "91330100716105852F"], results.EnumerateArray().Select(x => x.GetProperty("uscc").GetString()));
        var rd = results[0].GetProperty("conditions").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "rd-expense-ratio");
        Assert.Equal(("pass", "第十一条（五）"), (rd.GetProperty("status").GetString(), rd.GetProperty("citation").GetString()));
        var grade = results[0].GetProperty("score").GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "ip-advancement");
        Assert.Equal("B", grade.GetProperty("band").GetString());
        Assert.Equal("fail", results[1].GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Assess_UnknownRuleSet_Is422NamingIt()
    {
        var p = await ProblemAsync(await PostAsync("?ruleset=hnte-2099&date=2020-06-30"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("输入有误", p.GetProperty("title").GetString());
        Assert.Contains(Errors(p), e => e.Location == "ruleset" && e.Message.Contains("hnte-2099", StringComparison.Ordinal) && e.Message.Contains("未知的规则集", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assess_DateBeforeTheRuleSetTookEffect_Is422()
    {
        var p = await ProblemAsync(await PostAsync("?ruleset=tech-sme-2017&date=2015-06-30"), HttpStatusCode.UnprocessableEntity);
        Assert.Contains(Errors(p), e => e.Location == "date" && e.Message.Contains("早于规则集 tech-sme-2017 的生效日期 2017-05-10", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("?ruleset=hnte-2016&date=2020-13-45", "2020-13-45")]
    [InlineData("?ruleset=hnte-2016&date=30.06.2020", "30.06.2020")]
    [InlineData("?ruleset=hnte-2016", "date")]
    [InlineData("?date=2020-06-30", "ruleset")]
    public async Task Assess_MissingOrGarbledParameters_Is400InChinese(string query, string named)
    {
        var p = await ProblemAsync(await PostAsync(query), HttpStatusCode.BadRequest);
        Assert.Equal("请求参数有误", p.GetProperty("title").GetString());
        Assert.Contains(named, p.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_MalformedDossier_Is422WithTheJsonPath()
    {
        var bad = Dossier.Replace("\"rdExpense\": 600000, \"rdExpenseDomestic\": 600000, \"netAssets\": 150", "\"rdExpense\": \"六十万\", \"rdExpenseDomestic\": 600000, \"netAssets\": 150", StringComparison.Ordinal);
        Assert.NotEqual(Dossier, bad);
        var p = await ProblemAsync(await PostAsync("?ruleset=hnte-2016&date=2020-06-30", bad), HttpStatusCode.UnprocessableEntity);
        Assert.Contains(Errors(p), e => e.Location == "enterprises[0].years[1].rdExpense");
    }

    [Fact]
    public async Task Assess_OutOfRangeGrade_Is422()
    {
        var bad = Dossier.Replace("\"techAdvancement\": \"B\"", "\"techAdvancement\": \"F\"", StringComparison.Ordinal);
        Assert.NotEqual(Dossier, bad);
        var p = await ProblemAsync(await PostAsync("?ruleset=hnte-2016&date=2020-06-30", bad), HttpStatusCode.UnprocessableEntity);
        Assert.Contains(Errors(p), e => e.Location.EndsWith("techAdvancement", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assess_ExportedWorkbookAsMultipartFile_AssessesEveryEnterprise()
    {
        var xlsx = await _http.GetByteArrayAsync("/api/enterprises/export");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "企业库.xlsx");
        var r = await _http.PostAsync("/api/assessments?ruleset=tech-sme-2017&date=2020-06-30", form);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var doc = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(27, doc.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task RuleSets_ListsTheFourRuleSets_WithCitations()
    {
        var list = await _http.GetFromJsonAsync<JsonElement>("/api/rulesets");
        Assert.Equal(["hnte-2016", "hz-hnte-2016", "tech-sme-2017", "zj-tech-sme-2016"], list.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        var hnte = list[0];
        Assert.Equal("2016-01-01", hnte.GetProperty("effectiveFrom").GetString());
        Assert.Contains(hnte.GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "rd-expense-ratio" && r.GetProperty("citation").GetString() == "第十一条（五）");
    }

    [Fact]
    public async Task Checkup_Json_HasTheFourResults_WithTheRdGap()
    {
        var doc = await _http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{app.EnterpriseId}/checkup?date={CheckupData.Date}");
        Assert.Equal((CheckupData.Name, "2020-06-30"), (doc.GetProperty("name").GetString(), doc.GetProperty("date").GetString()));
        var results = doc.GetProperty("results");
        Assert.Equal(["hnte-2016", "hz-hnte-2016", "tech-sme-2017", "zj-tech-sme-2016"], results.EnumerateArray().Select(r => r.GetProperty("ruleset").GetString()));
        var hnte = results[0].GetProperty("result");
        Assert.Equal("fail", hnte.GetProperty("verdict").GetString());
        Assert.Equal(["rd-expense-ratio"], hnte.GetProperty("conditions").EnumerateArray().Where(c => c.GetProperty("status").GetString() == "fail").Select(c => c.GetProperty("id").GetString()));
        var gap = hnte.GetProperty("gaps").EnumerateArray().Single();
        Assert.Equal((600_000m, "研发费用还差 600,000 元"), (gap.GetProperty("amount").GetDecimal(), gap.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Checkup_UnknownEnterprise_Is404_AndGarbledDate_Is400()
    {
        await ProblemAsync(await _http.GetAsync("/api/enterprises/999999/checkup?date=2020-06-30"), HttpStatusCode.NotFound);
        await ProblemAsync(await _http.GetAsync($"/api/enterprises/{app.EnterpriseId}/checkup?date=2020-02-30"), HttpStatusCode.BadRequest);
        await ProblemAsync(await _http.GetAsync("/api/enterprises/999999/checkup/report.pdf?date=2020-06-30"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ReportPage_IsStaticA4Html_WithTheVerdictsAndTheFooter()
    {
        var html = await _http.GetStringAsync($"/enterprises/{app.EnterpriseId}/checkup/report?date={CheckupData.Date}");
        Assert.Contains("企业科技度体检报告", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4; margin: 15mm 12mm; }", html, StringComparison.Ordinal);
        Assert.Contains("\"WenQuanYi Zen Hei\", \"Noto Sans CJK SC\"", html, StringComparison.Ordinal);
        Assert.Contains(CheckupData.Name, html, StringComparison.Ordinal);
        Assert.Contains("研发费用还差 600,000 元", html, StringComparison.Ordinal);
        Assert.Contains("本报告由 Seedbed 根据企业填报数据自动生成，仅供参考", html, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor.web.js", html, StringComparison.Ordinal);   // static SSR: no circuit
    }

    [Fact]
    public async Task ReportPdf_IsAnA4Pdf_WithTheEnterpriseName_AndTheChineseFileName()
    {
        var r = await _http.GetAsync($"/api/enterprises/{app.EnterpriseId}/checkup/report.pdf?date={CheckupData.Date}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/pdf", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"科技度体检报告_{CheckupData.Name}_2020-06-30.pdf", r.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        var file = Path.Combine(app.Factory.DataDirectory, "report.pdf");
        await File.WriteAllBytesAsync(file, bytes);
        var text = await RunAsync("pdftotext", "-layout", file, "-");
        Assert.Contains(CheckupData.Name, text, StringComparison.Ordinal);
        Assert.Contains("企业科技度体检报告", text, StringComparison.Ordinal);
        Assert.Contains("研发费用还差 600,000 元", text, StringComparison.Ordinal);
        Assert.DoesNotContain("下载PDF", text, StringComparison.Ordinal);   // the screen-only buttons are hidden in print
        var info = await RunAsync("pdfinfo", file);
        Assert.Contains("(A4)", info, StringComparison.Ordinal);
        File.Copy(file, Path.Combine(BrowserApp.ScreenshotDirectory, "checkup-report.pdf"), true);
    }

    [Fact]
    public async Task ReportPdf_WithoutChromium_Is503InChinese()
    {
        await using var noChromium = app.Factory.WithWebHostBuilder(b => b.UseSetting("Seedbed:Chromium", "/nonexistent/chromium"));
        using var client = noChromium.CreateClient();
        var p = await ProblemAsync(await client.GetAsync($"/api/enterprises/{app.EnterpriseId}/checkup/report.pdf?date={CheckupData.Date}"), HttpStatusCode.ServiceUnavailable);
        Assert.Equal("PDF 生成服务不可用", p.GetProperty("title").GetString());
        Assert.Contains("未找到 Chromium", p.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_ListsTheCheckupEndpoints()
    {
        var doc = await _http.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/assessments", "/api/rulesets", "/api/enterprises/{id}/checkup", "/api/enterprises/{id}/checkup/report.pdf" })
            Assert.Contains($"\"{path}\"", doc, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.Equal(0, p.ExitCode);
        return output;
    }
}
