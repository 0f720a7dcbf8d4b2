using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Enterprises;
using Seedbed.Rules.Registry;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

public class PoolsApiTests(EmptyApp app) : IClassFixture<EmptyApp>
{
    private readonly HttpClient _http = app.Client;

    private async Task<(int Xiangfu, int Park)> SeedAsync()
    {
        await using var db = await app.Factory.Db.CreateDbContextAsync();
        var j = await db.Jurisdictions.ToDictionaryAsync(x => x.Name, x => x.Id);
        var a = new Enterprise { Uscc = Uscc.Complete($"91330105PQA{Random.Shared.Next(100000, 999999)}"), Name = "接口池甲" + Guid.NewGuid().ToString("N")[..6], JurisdictionId = j["祥符"] };
        a.Qualifications.Add(new Qualification { Kind = "hz-hnte", Number = "HZ" + Guid.NewGuid().ToString("N")[..8], IssuedOn = new(2020, 1, 1), ExpiresOn = new(2022, 12, 31) });
        var b = new Enterprise { Uscc = Uscc.Complete($"91330105PQB{Random.Shared.Next(100000, 999999)}"), Name = "接口池乙" + Guid.NewGuid().ToString("N")[..6], JurisdictionId = j["园区"] };
        db.Enterprises.AddRange(a, b);
        await db.SaveChangesAsync();
        return (a.Id, b.Id);
    }

    [Fact]
    public async Task Run_Decide_Move_AndScopedRead()
    {
        var (xiangfu, park) = await SeedAsync();
        var bad = await _http.PostAsJsonAsync("/api/pools/proposals/run", new { date = "2021-6-30" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var run = await (await _http.PostAsJsonAsync("/api/pools/proposals/run", new { date = "2021-06-30" })).Content.ReadFromJsonAsync<JsonElement>();
        var proposal = run.GetProperty("proposals").EnumerateArray().Single(p => p.GetProperty("enterpriseId").GetInt32() == xiangfu);
        Assert.Equal("reserve", proposal.GetProperty("toTier").GetString());

        var noReason = await _http.PostAsJsonAsync("/api/pools/proposals/decide", new { ids = new[] { proposal.GetProperty("id").GetInt64() }, approve = false });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var ok = await _http.PostAsJsonAsync("/api/pools/proposals/decide", new { ids = new[] { proposal.GetProperty("id").GetInt64() }, approve = true });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var manualNoReason = await _http.PostAsJsonAsync("/api/pools/moves", new { enterpriseId = park, tier = "reserve", reason = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, manualNoReason.StatusCode);
        Assert.Contains("理由", await manualNoReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await _http.PostAsJsonAsync("/api/pools/moves", new { enterpriseId = park, tier = "reserve", reason = "走访纳入", date = "2021-07-01" })).StatusCode);

        var status = await _http.GetFromJsonAsync<JsonElement>($"/api/pools/enterprises/{xiangfu}");
        Assert.Equal("reserve", status.GetProperty("tier").GetString());
        Assert.Equal(SeedbedWebFactory.AdminName, status.GetProperty("moves")[0].GetProperty("actor").GetString());

        // a 祥符 officer sees the 祥符 member only
        var officer = await app.Factory.ClientAsAsync("pool-officer-" + Guid.NewGuid().ToString("N")[..6], Roles.JurisdictionOfficer, "祥符");
        var list = await officer.GetFromJsonAsync<JsonElement>("/api/pools?tier=reserve&pageSize=100");
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("enterpriseId").GetInt32()).ToList();
        Assert.Contains(xiangfu, ids);
        Assert.DoesNotContain(park, ids);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/pools/enterprises/{park}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/pools/moves", new { enterpriseId = xiangfu, tier = "exited", reason = "x" })).StatusCode);

        var summary = await _http.GetFromJsonAsync<JsonElement>("/api/pools/summary");
        Assert.True(summary.GetProperty("reserve").GetInt32() >= 2);
        var export = await _http.GetAsync("/api/pools/export?tier=reserve");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await export.Content.ReadAsByteArrayAsync())[..2]));
    }
}
