using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

/// <summary>Template download, import and export through the API (needs the real intake implementation).</summary>
public class ImportsApiTests(EmptyApp app) : IClassFixture<EmptyApp>
{
    private readonly HttpClient _http = app.Client;

    [Fact]
    public async Task Template_IsAnXlsxWithTheChineseFileName()
    {
        var r = await _http.GetAsync("/api/imports/template");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal("企业数据导入模板.xlsx", r.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
    }

    [Fact]
    public async Task GarbageUpload_Is422WithAChineseError()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("这不是一个Excel文件 garbage"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "垃圾.xlsx");
        var r = await _http.PostAsync("/api/imports", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var body = await r.Content.ReadFromJsonAsync<JsonElement>();
        var message = body.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", message);
    }

    [Fact]
    public async Task UnsupportedContentType_Is415Problem()
    {
        var r = await _http.PostAsync("/api/imports", new StringContent("a,b", System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
        Assert.Equal("不支持的内容类型", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task MultipartWithoutFile_Is400Problem()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        var r = await _http.PostAsync("/api/imports", form);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
    }

    [Fact]
    public async Task RejectedWorkbook_UnknownId_Is404()
        => Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/imports/rejected/0123456789abcdef")).StatusCode);

    [Fact]
    public async Task JsonDossier_IsImported_AndExportIsAnXlsx()
    {
        var uscc = Seedbed.Rules.Registry.Uscc.Complete("91330105MA2K00001");
        var dossier = new
        {
            schema = "seedbed.dossier/1",
            enterprises = new[] { new { uscc, name = "杭州导入测试有限公司", registeredOn = "2015-01-01", jurisdiction = "祥符", hightechField = "101",
                years = new[] { new { year = 2019, salesRevenue = 1000000, rdExpense = 80000 } } } },
        };
        var r = await _http.PostAsJsonAsync("/api/imports", dossier);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("written").GetBoolean());
        Assert.Equal(1, body.GetProperty("enterprisesCreated").GetInt32());

        var list = await _http.GetFromJsonAsync<JsonElement>($"/api/enterprises?q={uscc}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var export = await _http.GetAsync($"/api/enterprises/export?q={uscc}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.EndsWith(".xlsx", export.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), (await export.Content.ReadAsByteArrayAsync())[..2]);
    }
}
