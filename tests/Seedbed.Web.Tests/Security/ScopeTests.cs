using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Seedbed.Core.Accounts;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Security;

/// <summary>
/// Scoping through the real host, endpoint by endpoint: guessing the id of an enterprise outside one's scope finds
/// nothing (404, no existence leak), writing outside it is refused, lists show only what the role may see.
/// </summary>
public sealed class ScopeTests(RoleApp app) : IClassFixture<RoleApp>
{
    private static async Task<JsonElement> Json(HttpClient http, string path) => await http.GetFromJsonAsync<JsonElement>(path);

    private async Task<int> OtherAsync() => await TestData.IdOfAsync(app.Factory.Db, TestData.NumberedName(20));   // 上塘

    [Fact]
    public async Task JurisdictionOfficer_SeesOnlyTheirJurisdiction()
    {
        var http = await app.ClientForAsync(Roles.JurisdictionOfficer);
        var page = await Json(http, "/api/enterprises?pageSize=100");
        await using var db = await app.Factory.Db.CreateDbContextAsync();
        var inJurisdiction = db.Enterprises.Count(e => e.Jurisdiction!.Name == RoleApp.OfficerJurisdiction);   // 企业01–15 (+ one a test creates)
        Assert.True(inJurisdiction >= 15 && inJurisdiction < db.Enterprises.Count());
        Assert.Equal(inJurisdiction, page.GetProperty("total").GetInt32());
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal(RoleApp.OfficerJurisdiction, i.GetProperty("jurisdiction").GetString()));
    }

    [Fact]
    public async Task JurisdictionOfficer_GuessingAnotherJurisdictionsId_FindsNothing_AndCannotChangeIt()
    {
        var http = await app.ClientForAsync(Roles.JurisdictionOfficer);
        var other = await OtherAsync();
        foreach (var path in new[] { $"/api/enterprises/{other}", $"/api/enterprises/{other}/history", $"/api/enterprises/{other}/checkup?date=2020-06-30" })
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(path)).StatusCode);
        var body = await app.BodyOfAsync(other);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PutAsJsonAsync($"/api/enterprises/{other}", body)).StatusCode);
        await using var db = await app.Factory.Db.CreateDbContextAsync();
        Assert.Equal(TestData.NumberedName(20), (await db.Enterprises.FindAsync(other))!.Name);   // unchanged
    }

    [Fact]
    public async Task JurisdictionOfficer_CannotMoveAnEnterpriseOut_OrCreateOneElsewhere()
    {
        var http = await app.ClientForAsync(Roles.JurisdictionOfficer);
        var own = await TestData.IdOfAsync(app.Factory.Db, TestData.NumberedName(4));
        var moved = await http.PutAsJsonAsync($"/api/enterprises/{own}", new { uscc = TestData.NumberedUscc(4), name = TestData.NumberedName(4), jurisdiction = "上塘", hightechField = "201" });
        Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
        Assert.Contains("无权访问", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var elsewhere = await http.PostAsJsonAsync("/api/enterprises", new { uscc = Seedbed.Rules.Registry.Uscc.Complete("91330105MA2K00001"), name = "杭州越界测试有限公司", jurisdiction = "上塘", hightechField = "101" });
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        var inside = await http.PostAsJsonAsync("/api/enterprises", new { uscc = Seedbed.Rules.Registry.Uscc.Complete("91330105MA2K00002"), name = "杭州属地测试有限公司", jurisdiction = RoleApp.OfficerJurisdiction, hightechField = "101" });
        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);
        await using var db = await app.Factory.Db.CreateDbContextAsync();
        Assert.Equal("祥符", (await db.Jurisdictions.FindAsync((await db.Enterprises.FindAsync(own))!.JurisdictionId))!.Name);
        Assert.DoesNotContain(db.Enterprises, e => e.Name == "杭州越界测试有限公司");
    }

    [Fact]
    public async Task EnterpriseUser_SeesOnlyItsOwnRecord()
    {
        var http = await app.ClientForAsync(Roles.Enterprise);
        var page = await Json(http, "/api/enterprises?pageSize=100");
        Assert.Equal(TestData.NumberedName(3), Assert.Single(page.GetProperty("items").EnumerateArray().ToList()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/enterprises/{app.Own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/enterprises/{app.Own + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/enterprises/{await OtherAsync()}/checkup?date=2020-06-30")).StatusCode);
    }

    [Fact]
    public async Task ServiceOfficer_SeesOnlyAssignedEnterprises()
    {
        var http = await app.ClientForAsync(Roles.ServiceOfficer);
        var page = await Json(http, "/api/enterprises?pageSize=100");
        Assert.Equal(TestData.NumberedName(16), Assert.Single(page.GetProperty("items").EnumerateArray().ToList()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/enterprises/{app.Own}")).StatusCode);
    }

    [Fact]
    public async Task Staff_SeesEverything()
    {
        var http = await app.ClientForAsync(Roles.BureauStaff);
        Assert.True((await Json(http, "/api/enterprises?pageSize=100")).GetProperty("total").GetInt32() >= 26);
    }
}
