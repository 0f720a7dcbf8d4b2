using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

/// <summary>OpenAPI, the API docs page, and the prerendered HTML (Chinese, not entity-encoded).</summary>
public class HostApiTests(SeededApp app) : IClassFixture<SeededApp>
{
    private readonly HttpClient _http = app.Client;

    [Fact]
    public async Task OpenApiDocument_ListsTheEnterpriseAndImportEndpoints()
    {
        var doc = await _http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/enterprises", paths);
        Assert.Contains("/api/enterprises/{id}", paths);
        Assert.Contains("/api/enterprises/{id}/history", paths);
        Assert.Contains("/api/imports", paths);
        Assert.Contains("/api/imports/template", paths);
        Assert.Equal("Seedbed 高企培育 API", doc.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task ApiDocsPage_IsServed()
    {
        // Scalar redirects /api/docs to /api/docs/v1 (HttpClient drops the token on redirects, a browser keeps its cookie)
        var r = await _http.GetAsync("/api/docs/v1");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("text/html", r.Content.Headers.ContentType?.MediaType);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("Seedbed 高企培育 API", html, StringComparison.Ordinal);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/api/docs/scalar.js")).StatusCode);   // served locally, no CDN
    }

    [Fact]
    public async Task HomePage_IsChinese_WithRawCjkInPrerenderedHtml()
    {
        var html = await _http.GetStringAsync("/enterprises");
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains(TestData.NumberedName(16), html, StringComparison.Ordinal);   // from @context.Name, so not &#x...;
        Assert.Contains("建设中", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailPage_PrerendersTheProfileAndYears()
    {
        var id = await TestData.IdOfAsync(app.Factory.Db, TestData.SparkName);
        var html = await _http.GetStringAsync($"/enterprises/{id}");
        Assert.Contains(TestData.SparkUscc, html, StringComparison.Ordinal);
        Assert.Contains("101 软件", html, StringComparison.Ordinal);
        Assert.Contains("1,234.57", html, StringComparison.Ordinal);   // 12,345,678.9 元 in 万元
        Assert.Contains("ZL201910123456.7", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/enterprises?page=abc&pageSize=x")]
    [InlineData("/enterprises?pageSize=100000")]
    [InlineData("/enterprises/987654")]
    public async Task Pages_WithOddParameters_StillRender(string url)
    {
        var r = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("企业库", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UiTexts_AreChineseByDefault_EvenForEnglishBrowsers_AndEnglishByCultureCookie()
    {
        using var english = new HttpRequestMessage(HttpMethod.Get, "/");
        english.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        Assert.Contains("企业库概览", await (await _http.SendAsync(english)).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var cookie = new HttpRequestMessage(HttpMethod.Get, "/");
        cookie.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var html = await (await _http.SendAsync(cookie)).Content.ReadAsStringAsync();
        Assert.Contains("Registry overview", html, StringComparison.Ordinal);
        Assert.DoesNotContain("企业库概览", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaticAssets_OfAntDesignAndECharts_AreServedLocally()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/_content/AntDesign/js/ant-design-blazor.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/_content/AntDesign/css/ant-design-blazor.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/_content/Vizor.ECharts/js/vizor-echarts-bundle-min.js")).StatusCode);
    }
}
