using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Seedbed.Rules.Registry;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

public sealed class EmptyApp : IDisposable
{
    public SeedbedWebFactory Factory { get; } = new();
    public HttpClient Client { get; }
    public EmptyApp() => Client = Factory.CreateClient();
    public void Dispose() { Client.Dispose(); Factory.Dispose(); }
}

public class EnterprisesWriteApiTests(EmptyApp app) : IClassFixture<EmptyApp>
{
    private readonly HttpClient _http = app.Client;

    private static object Body(string uscc, string name = "杭州写入测试有限公司", string jurisdiction = "祥符") =>
        new { uscc, name, jurisdiction, hightechField = "101", registeredOn = "2016-05-04", contactName = "张三" };

    [Fact]
    public async Task Create_WithWrongCharacterInUscc_Is422NamingTheCharacter()
    {
        var bad = "91330105MA2W0000I" + "1";   // I is never used in a USCC
        var r = await _http.PostAsJsonAsync("/api/enterprises", Body(bad));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var p = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("输入有误", p.GetProperty("title").GetString());
        var e = Assert.Single(p.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal("uscc", e.GetProperty("location").GetString());
        Assert.Contains("第17位字符“I”不是合法字符", e.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithWrongCheckCharacter_Is422GivingTheExpectedOne()
    {
        var good = Uscc.Complete("91330105MA2W00001");
        var wrong = good[..17] + (good[17] == 'A' ? 'B' : 'A');
        var p = await (await _http.PostAsJsonAsync("/api/enterprises", Body(wrong))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains($"应为“{good[17]}”", p.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ThenUpdate_HistoryShowsTheChangeNewestFirst()
    {
        var uscc = Uscc.Complete("91330105MA2W00002");
        var created = await _http.PostAsJsonAsync("/api/enterprises", Body(uscc));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var detail = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = detail.GetProperty("id").GetInt32();
        Assert.Equal($"/api/enterprises/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("张三", detail.GetProperty("contactName").GetString());

        var updated = await _http.PutAsJsonAsync($"/api/enterprises/{id}", Body(uscc, "杭州改名测试有限公司", "园区"));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("园区", (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jurisdiction").GetString());

        var h = await _http.GetFromJsonAsync<JsonElement>($"/api/enterprises/{id}/history?pageSize=10");
        Assert.Equal(3, h.GetProperty("total").GetInt32());
        var items = h.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("企业", items[^1].GetProperty("field").GetString());    // the creation is the oldest
        var rename = items.Single(i => i.GetProperty("field").GetString() == "企业名称");
        Assert.Equal(("杭州写入测试有限公司", "杭州改名测试有限公司"), (rename.GetProperty("oldValue").GetString(), rename.GetProperty("newValue").GetString()));
        Assert.Equal((SeedbedWebFactory.AdminName, "接口"), (rename.GetProperty("actor").GetString(), rename.GetProperty("source").GetString()));
        Assert.Contains(items, i => i.GetProperty("field").GetString() == "属地" && i.GetProperty("newValue").GetString() == "园区");
    }

    [Fact]
    public async Task Create_DuplicateUscc_Is422()
    {
        var uscc = Uscc.Complete("91330105MA2W00003");
        Assert.Equal(HttpStatusCode.Created, (await _http.PostAsJsonAsync("/api/enterprises", Body(uscc))).StatusCode);
        var r = await _http.PostAsJsonAsync("/api/enterprises", Body(uscc, "另一家公司"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.Contains("已被企业", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MissingFields_ListsEveryField()
    {
        var p = await (await _http.PostAsJsonAsync("/api/enterprises", new { })).Content.ReadFromJsonAsync<JsonElement>();
        var locations = p.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("location").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["jurisdiction", "name", "uscc"], locations);
    }

    [Fact]
    public async Task Update_Missing_Is404()
        => Assert.Equal(HttpStatusCode.NotFound,
            (await _http.PutAsJsonAsync("/api/enterprises/987654", Body(Uscc.Complete("91330105MA2W00004")))).StatusCode);

    [Fact]
    public async Task Create_MalformedJson_Is400Problem()
    {
        var r = await _http.PostAsync("/api/enterprises", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("请求参数有误", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }
}
