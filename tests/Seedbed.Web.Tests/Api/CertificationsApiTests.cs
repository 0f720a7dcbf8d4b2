using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Enterprises;
using Seedbed.Rules.Registry;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

/// <summary><c>/api/certifications</c>: list import (preview, all-or-nothing, valid rows only), hand recording, due lists.</summary>
public class CertificationsApiTests(EmptyApp app) : IClassFixture<EmptyApp>
{
    private readonly HttpClient _http = app.Client;

    [Fact]
    public async Task Import_PreviewThenRefusedOnInvalidCells_ThenValidRowsOnly()
    {
        await CertificationListData.SeedListEnterprisesAsync(app.Factory.Db);
        var preview = await _http.PostAsync("/api/certifications/imports?kind=hnte&dryRun=true", CertificationListData.ListForm());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var body = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("written").GetBoolean());
        Assert.Equal(2, body.GetProperty("counts").GetProperty("new").GetInt32());
        Assert.Equal(4, body.GetProperty("counts").GetProperty("unmatched").GetInt32()); // 丙, 丁, 戊 (not in this registry), 庚
        Assert.Contains(body.GetProperty("errors").EnumerateArray(), e => e.GetProperty("location").GetString() == "名单!D9");
        var url = body.GetProperty("unmatchedWorkbookUrl").GetString()!;
        var unmatched = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, unmatched.StatusCode);
        Assert.Equal("认定名单_未匹配.xlsx", unmatched.Content.Headers.ContentDisposition?.FileNameStar);

        var refused = await _http.PostAsync("/api/certifications/imports?kind=hnte", CertificationListData.ListForm());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        await using (var db = await app.Factory.Db.CreateDbContextAsync())
            Assert.False(await db.Qualifications.AnyAsync(q => q.Number == "GR202333001001"));

        var done = await _http.PostAsync("/api/certifications/imports?kind=hnte&validRowsOnly=true", CertificationListData.ListForm());
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(2, (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());
        var list = await _http.GetFromJsonAsync<JsonElement>("/api/certifications?kind=hnte&year=2023&q=GR20233300100");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task HandRecording_CreateValidateDelete()
    {
        await CertificationListData.SeedListEnterprisesAsync(app.Factory.Db);
        var id = await TestData.IdOfAsync(app.Factory.Db, "杭州甲数智科技有限公司");
        var bad = await _http.PostAsJsonAsync("/api/certifications", new { enterpriseId = id, kind = "hnte", number = "GR2019", issuedOn = "2019-12-02" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("格式不正确", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await _http.PostAsJsonAsync("/api/certifications", new { enterpriseId = id, kind = "tech-sme", number = "2019330105A00001", issuedOn = "2019-05-06" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2019-12-31", item.GetProperty("expiresOn").GetString());
        var certId = item.GetProperty("id").GetInt32();
        var history = await _http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{id}/history");
        Assert.Contains(history.GetProperty("items").EnumerateArray(), h => h.GetProperty("newValue").GetString() == "科技型中小企业 2019330105A00001");
        Assert.Equal(HttpStatusCode.NoContent, (await _http.DeleteAsync($"/api/certifications/{certId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.DeleteAsync($"/api/certifications/{certId}")).StatusCode);
    }

    [Fact]
    public async Task DueLists_JsonAndExcel_BadDateIs400()
    {
        var due = await _http.GetFromJsonAsync<JsonElement>("/api/certifications/due?asOf=2026-06-01");
        Assert.Equal("2027-05-31", due.GetProperty("annualReportDeadline").GetString());
        Assert.Equal(JsonValueKind.Array, due.GetProperty("expiring").ValueKind);
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.GetAsync("/api/certifications/due?asOf=2026-13-01")).StatusCode);
        var xlsx = await _http.GetAsync("/api/certifications/due/export?asOf=2026-06-01&jurisdiction=祥符");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("到期提醒_祥符_20260601.xlsx", xlsx.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task JurisdictionOfficer_ReadsOwnJurisdiction_CannotRecordByHand()
    {
        await CertificationListData.SeedListEnterprisesAsync(app.Factory.Db);
        var officer = await app.Factory.ClientAsAsync("cert-officer", Roles.JurisdictionOfficer, "园区");
        var id = await TestData.IdOfAsync(app.Factory.Db, "杭州甲数智科技有限公司");
        var post = await officer.PostAsJsonAsync("/api/certifications", new { enterpriseId = id, kind = "hnte", number = "GR201933000999", issuedOn = "2019-12-02" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        var list = await officer.GetFromJsonAsync<JsonElement>($"/api/certifications?enterpriseId={id}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }
}
