using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Plans;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

/// <summary>/api/plans/{id}/scores|schemes and /api/bulletins through the real host: scores, scheme edits, issue, downloads, refusals.</summary>
public class BulletinsApiTests(EmptyApp app) : IClassFixture<EmptyApp>
{
    private readonly HttpClient _http = app.Client;

    private async Task<int> PlanAsync() => (await new LoadDefaultPlan(app.Factory.Db).ExecuteAsync()).PlanId;

    [Fact]
    public async Task Scores_ForAQuarter_UnderTheActiveScheme_AndABadPeriodIs422()
    {
        var plan = await PlanAsync();
        var r = await _http.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/scores?period=2019Q3");
        Assert.Equal("街道（园区）国高企培育考核", r.GetProperty("scheme").GetProperty("name").GetString());
        var scores = r.GetProperty("scores").EnumerateArray().ToList();
        Assert.Equal(11, scores.Count);
        Assert.Equal(3, scores[0].GetProperty("items").GetArrayLength());
        Assert.Equal("2019年第三季度", r.GetProperty("progress").GetProperty("period").GetProperty("label").GetString());
        var bad = await _http.GetAsync($"/api/plans/{plan}/scores?period=2019Q7");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("期间“2019Q7”无效", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schemes_ReadByOfficers_ChangedByTheBureau_BadItemsNamed()
    {
        var plan = await PlanAsync();
        var schemes = await _http.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/schemes");
        var id = schemes[0].GetProperty("id").GetInt32();
        var body = new
        {
            name = "年度考核", periodKind = "year", isActive = false,
            items = new object[] { new { indicatorCode = "hnte", weight = 80, rule = "completion-capped", cap = 1.1 }, new { indicatorCode = "sunrise", weight = 20, rule = "threshold" } },
        };
        var created = await _http.PostAsJsonAsync($"/api/plans/{plan}/schemes", body);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var bad = await _http.PutAsJsonAsync($"/api/plans/{plan}/schemes/{id}", new { name = "x", periodKind = "quarter", isActive = true, items = new[] { new { indicatorCode = "hnte", weight = -1, rule = "completion-capped", cap = 1.2 } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("第1项（国家高新技术企业）：分值必须大于0", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var officer = await app.Factory.ClientAsAsync("bulletin-officer", Roles.JurisdictionOfficer, "祥符");
        Assert.Equal(2, (await officer.GetFromJsonAsync<JsonElement>($"/api/plans/{plan}/schemes")).GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync($"/api/plans/{plan}/schemes/{id}", body)).StatusCode);
    }

    [Fact]
    public async Task Issue_List_Download_XlsxAndPdf_OfficerReadsButCannotIssue()
    {
        await PlanAsync();
        var bad = await _http.PostAsJsonAsync("/api/bulletins", new { period = "2019Q3", issuedOn = "2019/10/10" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var r = await _http.PostAsJsonAsync("/api/bulletins", new { period = "2019Q3", issuedOn = "2019-10-10" });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var item = await r.Content.ReadFromJsonAsync<JsonElement>();
        var id = item.GetProperty("id").GetInt32();
        Assert.StartsWith("拱科通〔2019〕", item.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal($"/api/bulletins/{id}", r.Headers.Location!.OriginalString);

        var officer = await app.Factory.ClientAsAsync("bulletin-reader", Roles.JurisdictionOfficer, "园区");
        var list = await officer.GetFromJsonAsync<JsonElement>("/api/bulletins?period=2019Q3");
        Assert.Contains(list.EnumerateArray(), b => b.GetProperty("id").GetInt32() == id);
        var detail = await officer.GetFromJsonAsync<JsonElement>($"/api/bulletins/{id}");
        Assert.Equal(11, detail.GetProperty("snapshot").GetProperty("jurisdictions").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/bulletins", new { period = "2019Q3" })).StatusCode);

        var xlsx = await officer.GetAsync($"/api/bulletins/{id}/xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(RenderBulletin.XlsxContentType, xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.EndsWith("_2019年第三季度通报.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var pdf = await officer.GetAsync($"/api/bulletins/{id}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/api/bulletins/{id + 1000}/xlsx")).StatusCode);
    }

    [Fact]
    public async Task TamperedSnapshot_Is422_AndPdfWithoutChromium_Is503InChinese()
    {
        await PlanAsync();
        var item = await (await _http.PostAsJsonAsync("/api/bulletins", new { period = "2019" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = item.GetProperty("id").GetInt32();

        await using (var noChromium = app.Factory.WithWebHostBuilder(b => b.UseSetting("Seedbed:Chromium", "/nonexistent/chromium")))
        {
            using var client = noChromium.CreateClient();
            var r = await client.GetAsync($"/api/bulletins/{id}/pdf");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
            var p = await r.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("PDF 生成服务不可用", p.GetProperty("title").GetString());
            Assert.Contains("未找到 Chromium", p.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await using (var db = await app.Factory.Db.CreateDbContextAsync())
            await db.Bulletins.Where(b => b.Id == id).ExecuteUpdateAsync(s => s.SetProperty(b => b.SnapshotJson, b => b.SnapshotJson + " "));
        var tampered = await _http.GetAsync($"/api/bulletins/{id}/xlsx");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tampered.StatusCode);
        Assert.Contains("数据快照校验失败", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
