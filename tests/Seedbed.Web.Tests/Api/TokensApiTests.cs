using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Seedbed.Core.Accounts;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

/// <summary><c>/api/tokens</c>: a signed-in user manages their own tokens; a revoked token no longer works.</summary>
public class TokensApiTests(EmptyApp app) : IClassFixture<EmptyApp>
{
    private HttpClient WithToken(string token)
    {
        var c = app.Factory.AnonymousClient();
        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return c;
    }

    [Fact]
    public async Task Create_UseAsBearer_List_Revoke_ThenTheTokenIs401()
    {
        using var staff = await app.Factory.ClientAsAsync("token-staff", Roles.BureauStaff);
        var created = await staff.PostAsJsonAsync("/api/tokens", new { name = "统计脚本" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        Assert.StartsWith(ApiTokens.Prefix, token, StringComparison.Ordinal);
        Assert.Equal(("统计脚本", token[..10]), (body.GetProperty("name").GetString(), body.GetProperty("prefix").GetString()));

        using var script = WithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/enterprises")).StatusCode);

        var listed = await staff.GetFromJsonAsync<JsonElement>("/api/tokens");
        var mine = listed.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "统计脚本");
        Assert.Equal(token[..10], mine.GetProperty("prefix").GetString());
        Assert.True(mine.GetProperty("active").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, mine.GetProperty("lastUsedAt").ValueKind);
        Assert.DoesNotContain(token, listed.GetRawText(), StringComparison.Ordinal);
        Assert.False(mine.TryGetProperty("tokenHash", out _));

        var id = mine.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/enterprises")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.DeleteAsync($"/api/tokens/{id}")).StatusCode);   // already revoked
        var after = await staff.GetFromJsonAsync<JsonElement>("/api/tokens");
        Assert.False(after.EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == id).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task OthersTokens_AreNeitherListedNorRevocable()
    {
        using var a = await app.Factory.ClientAsAsync("token-a", Roles.BureauStaff);
        using var b = await app.Factory.ClientAsAsync("token-b", Roles.FinanceReviewer);
        var created = await (await a.PostAsJsonAsync("/api/tokens", new { name = "甲的令牌" })).Content.ReadFromJsonAsync<JsonElement>();
        var aTokens = await a.GetFromJsonAsync<JsonElement>("/api/tokens");
        var id = aTokens.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "甲的令牌").GetProperty("id").GetInt32();

        var bTokens = await b.GetFromJsonAsync<JsonElement>("/api/tokens");
        Assert.DoesNotContain(bTokens.EnumerateArray(), t => t.GetProperty("id").GetInt32() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await b.DeleteAsync($"/api/tokens/{id}")).StatusCode);
        using var still = WithToken(created.GetProperty("token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, (await still.GetAsync("/api/tokens")).StatusCode);
    }

    [Fact]
    public async Task Create_WithoutName_Is422_AndAnonymousIs401()
    {
        using var staff = await app.Factory.ClientAsAsync("token-c", Roles.BureauStaff);
        var r = await staff.PostAsJsonAsync("/api/tokens", new { name = " " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.Equal("name", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("location").GetString());
        using var anonymous = app.Factory.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/tokens", new { name = "x" })).StatusCode);
    }
}
