using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Enterprises;
using Seedbed.Rules.Registry;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

public class PlansApiTests(EmptyApp app) : IClassFixture<EmptyApp>
{
    private readonly HttpClient _http = app.Client;

    private async Task SeedAsync()
    {
        await using var db = await app.Factory.Db.CreateDbContextAsync();
        var j = await db.Jurisdictions.ToDictionaryAsync(x => x.Name, x => x.Id);
        Enterprise E(string name, string jurisdiction, DateOnly issued)
        {
            var e = new Enterprise { Uscc = Uscc.Complete($"91330105PLA{Random.Shared.Next(100000, 999999)}"), Name = name, JurisdictionId = j[jurisdiction] };
            e.Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR" + Guid.NewGuid().ToString("N")[..10], IssuedOn = issued, ExpiresOn = issued.AddYears(3).AddDays(-1) });
            return e;
        }
        db.Enterprises.AddRange(E("计划接口甲", "祥符", new(2019, 5, 1)), E("计划接口乙", "上塘", new(2019, 6, 1)));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task LoadPlan_Progress_Trend_AndScopedDrillDown()
    {
        await SeedAsync();
        var loaded = await (await _http.PostAsync("/api/plans/default", null)).Content.ReadFromJsonAsync<JsonElement>();
        var id = loaded.GetProperty("planId").GetInt32();
        Assert.Equal(16, loaded.GetProperty("indicators").GetInt32());
        Assert.True((await (await _http.PostAsync("/api/plans/default", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyLoaded").GetBoolean());
        var plans = await _http.GetFromJsonAsync<JsonElement>("/api/plans");
        Assert.True(plans[0].GetProperty("isActive").GetBoolean());

        var progress = await _http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/progress?period=2019");
        var hnte = progress.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "hnte");
        Assert.Equal(2m, hnte.GetProperty("rows")[0].GetProperty("actual").GetDecimal());
        Assert.Equal(40m, hnte.GetProperty("rows")[0].GetProperty("committed").GetDecimal());
        var xiangfu = hnte.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("jurisdiction").GetString() == "祥符");
        Assert.Equal("red", xiangfu.GetProperty("light").GetString());
        Assert.Equal(175m, hnte.GetProperty("levelProgress").GetProperty("rows")[0].GetProperty("committed").GetDecimal());
        Assert.True((await _http.GetAsync($"/api/plans/{id}/progress")).IsSuccessStatusCode);

        var trend = await _http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/indicators/hnte/trend");
        Assert.Equal(2019, trend.GetProperty("years")[1].GetProperty("year").GetInt32());

        // a 祥符 officer: the same district-wide figures, but only 祥符's enterprises in the list
        var officer = await app.Factory.ClientAsAsync("plan-officer", Roles.JurisdictionOfficer, "祥符");
        var theirs = await officer.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/progress?period=2019Q2");
        Assert.Equal(2m, theirs.GetProperty("indicators")[0].GetProperty("rows")[0].GetProperty("actual").GetDecimal());
        var list = await officer.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/indicators/hnte/enterprises?period=2019");
        Assert.Equal(["计划接口甲"], list.GetProperty("page").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        var all = await _http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/indicators/hnte/enterprises?period=2019&jurisdiction=上塘");
        Assert.Equal("计划接口乙", all.GetProperty("page").GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Equal("2019-06-01", all.GetProperty("page").GetProperty("items")[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task BadPeriod_Is400_UnknownPlanOrIndicator_Is404_HandEntered_Is422()
    {
        var id = (await (await _http.PostAsync("/api/plans/default", null)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetInt32();
        var bad = await _http.GetAsync($"/api/plans/{id}/progress?period=2019Q5");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("2019Q5", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.GetAsync($"/api/plans/{id}/indicators/hnte/enterprises?period=19")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/plans/9999/progress?period=2019")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/plans/9999/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"/api/plans/{id}/indicators/nothing/enterprises?period=2019")).StatusCode);
        var manual = await _http.GetAsync($"/api/plans/{id}/indicators/maker-spaces/enterprises?period=2019");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, manual.StatusCode);
        Assert.Contains("手工填报", await manual.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
