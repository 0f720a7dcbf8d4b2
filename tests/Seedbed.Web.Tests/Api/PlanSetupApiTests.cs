using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

/// <summary><c>/api/plans</c> setup: detail, default plan, target-table import (422 with every cell), activation, hand-entered values.</summary>
public class PlanSetupApiTests(EmptyApp app) : IClassFixture<EmptyApp>
{
    private readonly HttpClient _http = app.Client;

    private async Task<int> DefaultPlanAsync()
    {
        var r = await _http.PostAsync("/api/plans/default", null);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
    }

    [Fact]
    public async Task Import_TamperedIs422WithTheCells_PreviewWritesNothing_ThenImports_DuplicateIs422()
    {
        var refused = await _http.PostAsync("/api/plans/import", PlanTableData.Form(PlanTableData.Tampered(), "api-tampered"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["I3", "I2"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("location").GetString()));

        var preview = await _http.PostAsync("/api/plans/import?dryRun=true", PlanTableData.Form(PlanTableData.OtherDistrict, "api-other"));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var body = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.GetProperty("written").GetBoolean());
        Assert.Equal("A3", body.GetProperty("warnings")[0].GetProperty("location").GetString());
        Assert.Equal(3, body.GetProperty("rows").GetArrayLength());
        await using (var db = await app.Factory.Db.CreateDbContextAsync())
            Assert.False(await db.Plans.AnyAsync(p => p.Code == "api-tampered" || p.Code == "api-other"));

        var done = await _http.PostAsync("/api/plans/import", PlanTableData.Form(PlanTableData.OtherDistrict, "api-other", "某区计划"));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var id = (await done.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        var detail = await _http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}");
        Assert.Equal("某区计划", detail.GetProperty("name").GetString());
        Assert.Equal(12, detail.GetProperty("indicators")[0].GetProperty("targets").GetArrayLength());

        var duplicate = await _http.PostAsync("/api/plans/import", PlanTableData.Form(PlanTableData.OtherDistrict, "api-other"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("计划编号“api-other”已存在", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await _http.PostAsJsonAsync("/api/plans/import", new { code = "x" })).StatusCode);
    }

    [Fact]
    public async Task Detail_Activate_AndUnknownPlansAre404()
    {
        var id = await DefaultPlanAsync();
        Assert.Equal(id, await DefaultPlanAsync());   // idempotent
        var detail = await _http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}");
        Assert.Equal(16, detail.GetProperty("indicators").GetArrayLength());
        var share = detail.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "hightech-share");
        Assert.Equal("manual", share.GetProperty("actualSource").GetString());
        Assert.Equal(68.3m, share.GetProperty("baseline").GetDecimal());
        Assert.Equal(HttpStatusCode.NoContent, (await _http.PostAsync($"/api/plans/{id}/activate", null)).StatusCode);
        Assert.True((await _http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}")).GetProperty("isActive").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/plans/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.PostAsync("/api/plans/99999/activate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/plans/99999/actuals")).StatusCode);
    }

    [Fact]
    public async Task Actuals_EnterListDelete_BadValuesAre422_OfficersOnlyRead()
    {
        var id = await DefaultPlanAsync();
        var bad = await _http.PostAsJsonAsync($"/api/plans/{id}/actuals", new { indicator = "hightech-share", year = 2019, value = 120, source = "", date = "2020-13-01" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("日期“2020-13-01”无效", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var problems = await _http.PostAsJsonAsync($"/api/plans/{id}/actuals", new { indicator = "hightech-share", year = 2019, value = 120, source = "", date = "2020-01-20" });
        var errors = (await problems.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("location").GetString());
        Assert.Equal(["value", "source"], errors);

        var created = await _http.PostAsJsonAsync($"/api/plans/{id}/actuals",
            new { indicator = "hightech-share", year = 2019, quarter = 3, value = 73.5, source = "区统计局快报", date = "2019-10-20" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var actualId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var list = await _http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/actuals?indicator=hightech-share");
        var item = list.EnumerateArray().Single(a => a.GetProperty("id").GetInt32() == actualId);
        Assert.True(item.GetProperty("current").GetBoolean());
        Assert.Equal("2019-10-20", item.GetProperty("asOf").GetString());

        var officer = await app.Factory.ClientAsAsync("plan-officer", Roles.JurisdictionOfficer, "祥符");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/plans/{id}/actuals")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.DeleteAsync($"/api/plans/{id}/actuals/{actualId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/plans/{id}/activate", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await _http.DeleteAsync($"/api/plans/{id}/actuals/{actualId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.DeleteAsync($"/api/plans/{id}/actuals/{actualId}")).StatusCode);
    }
}
