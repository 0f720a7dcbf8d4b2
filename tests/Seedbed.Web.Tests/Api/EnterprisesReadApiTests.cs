using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

public class EnterprisesReadApiTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient _http = app.Client;

    private async Task<JsonElement> GetJson(string url)
    {
        var r = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Names(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    [Fact]
    public void Host_UsesTheTestDataDirectory()
        => Assert.True(File.Exists(Path.Combine(app.Factory.DataDirectory, "seedbed.db")));

    [Fact]
    public async Task List_ReturnsTotalAndCamelCaseItems_InJurisdictionOrder()
    {
        var page = await GetJson("/api/enterprises?page=1&pageSize=10");
        Assert.Equal(26, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(10, items.Count);
        // 上塘 comes first in the task table, so its enterprises 16–25 fill page 1
        Assert.Equal(TestData.NumberedName(16), items[0].GetProperty("name").GetString());
        Assert.Equal("上塘", items[0].GetProperty("jurisdiction").GetString());
        Assert.Equal(TestData.NumberedUscc(16), items[0].GetProperty("uscc").GetString());
        Assert.Equal(2019, items[0].GetProperty("latestYear").GetInt32());
        Assert.Equal(16_500_000m, items[0].GetProperty("latestSalesRevenue").GetDecimal());
    }

    [Fact]
    public async Task List_LastPage_HasTheRemainder()
    {
        var page = await GetJson("/api/enterprises?page=3&pageSize=10");
        Assert.Equal(26, page.GetProperty("total").GetInt32());
        Assert.Equal([.. Enumerable.Range(11, 5).Select(TestData.NumberedName), TestData.SparkName], Names(page));
    }

    [Fact]
    public async Task List_SearchesByNameAndByPartOfTheUscc()
    {
        Assert.Equal([TestData.SparkName], Names(await GetJson($"/api/enterprises?q={Uri.EscapeDataString("星火")}")));
        Assert.Equal([TestData.SparkName], Names(await GetJson($"/api/enterprises?q={TestData.SparkUscc[6..]}")));
        Assert.Equal([TestData.NumberedName(7)], Names(await GetJson($"/api/enterprises?q={TestData.NumberedUscc(7).ToLowerInvariant()}")));
    }

    [Theory]
    [InlineData("jurisdiction=%E4%B8%8A%E5%A1%98", 10)]          // 上塘
    [InlineData("field=2", 12)]                                    // top-level field 2: the even numbers
    [InlineData("field=101", 14)]                                  // 13 odd numbers + 星火
    [InlineData("qualification=hnte", 5)]
    [InlineData("jurisdiction=%E7%A5%A5%E7%AC%A6&field=201", 7)]    // 祥符 and 201: 2,4,…,14
    [InlineData("field=none", 0)]
    public async Task List_Filters(string query, int expected)
        => Assert.Equal(expected, (await GetJson($"/api/enterprises?pageSize=100&{query}")).GetProperty("total").GetInt32());

    [Theory]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=201")]
    [InlineData("page=0")]
    public async Task List_OutOfRangePaging_Is422ProblemInChinese(string query)
    {
        var r = await _http.GetAsync($"/api/enterprises?{query}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var p = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("输入有误", p.GetProperty("title").GetString());
        var error = Assert.Single(p.GetProperty("errors").EnumerateArray().ToList());
        Assert.Matches("^(page|pageSize)$", error.GetProperty("location").GetString());
        Assert.Matches("页码|每页条数", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task List_NonNumericPage_Is400Problem()
    {
        var r = await _http.GetAsync("/api/enterprises?page=abc");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var p = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请求参数有误", p.GetProperty("title").GetString());
        Assert.False(p.TryGetProperty("exception", out _));
    }

    [Theory]
    [InlineData("/api/enterprises/abc")]
    [InlineData("/api/enterprises/abc/history")]
    [InlineData("/api/enterprises/99999999999999")]
    public async Task Detail_NonNumericId_Is400Problem(string url)
    {
        var r = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("请求参数有误", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Detail_HasYearsSortedAndIp()
    {
        var id = await TestData.IdOfAsync(app.Factory.Db, TestData.NumberedName(3));
        var d = await GetJson($"/api/enterprises/{id}");
        Assert.Equal(TestData.NumberedName(3), d.GetProperty("name").GetString());
        Assert.Equal("祥符", d.GetProperty("jurisdiction").GetString());
        Assert.Equal([2017, 2018, 2019], d.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()));
        var spark = await GetJson($"/api/enterprises/{await TestData.IdOfAsync(app.Factory.Db, TestData.SparkName)}");
        Assert.Equal("invention-patent", spark.GetProperty("ip")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Detail_Missing_Is404ProblemInChinese()
    {
        var r = await _http.GetAsync("/api/enterprises/987654");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        var p = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("企业不存在", p.GetProperty("title").GetString());
        Assert.Equal(404, p.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task UnknownApiRoute_Is404ProblemInChinese()
    {
        var r = await _http.GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal("资源不存在", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task History_OfSeededEnterprise_HasTheCreation()
    {
        var id = await TestData.IdOfAsync(app.Factory.Db, TestData.SparkName);
        var h = await GetJson($"/api/enterprises/{id}/history?page=1&pageSize=5");
        Assert.Equal(1, h.GetProperty("total").GetInt32());   // a new enterprise with its records is one entry
        var item = h.GetProperty("items")[0];
        Assert.Equal(("测试", "测试数据", "企业"), (item.GetProperty("actor").GetString(), item.GetProperty("source").GetString(), item.GetProperty("field").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/enterprises/987654/history")).StatusCode);
    }

    [Fact]
    public async Task Jurisdictions_AreTheElevenInTaskTableOrder()
    {
        var list = (await GetJson("/api/jurisdictions")).EnumerateArray().ToList();
        Assert.Equal(11, list.Count);
        Assert.Equal(("上塘", "subdistrict"), (list[0].GetProperty("name").GetString(), list[0].GetProperty("kind").GetString()));
        Assert.Equal(("园区", "park"), (list[10].GetProperty("name").GetString(), list[10].GetProperty("kind").GetString()));
    }
}
