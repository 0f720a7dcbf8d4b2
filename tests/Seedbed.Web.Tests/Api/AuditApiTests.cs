using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Seedbed.Core.Accounts;
using Seedbed.Rules.Registry;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

/// <summary><c>/api/audit</c> through the real host: admins search and export; everyone else is refused.</summary>
public class AuditApiTests(EmptyApp app) : IClassFixture<EmptyApp>
{
    private readonly HttpClient _admin = app.Client;

    private async Task<JsonElement> GetJson(string url)
    {
        var r = await _admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<int> CreateAndRenameAsync(string first17, string name)
    {
        var uscc = Uscc.Complete(first17);
        var created = await _admin.PostAsJsonAsync("/api/enterprises", new { uscc, name, jurisdiction = "祥符" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var renamed = await _admin.PutAsJsonAsync($"/api/enterprises/{id}", new { uscc, name = name + "（更名）", jurisdiction = "祥符" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        return id;
    }

    [Fact]
    public async Task Search_ByEnterpriseAndAction_FindsTheDataChange_WithWhoAndOldNewValues()
    {
        var id = await CreateAndRenameAsync("91330105MA2A00001", "审计接口测试甲");
        var page = await GetJson($"/api/audit?enterprise={Uri.EscapeDataString("审计接口测试甲")}&action=update");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var item = page.GetProperty("items")[0];
        Assert.Equal(SeedbedWebFactory.AdminName, item.GetProperty("user").GetString());
        Assert.Equal(Roles.BureauAdmin, item.GetProperty("role").GetString());
        Assert.Equal($"enterprise:{id}", item.GetProperty("target").GetString());
        Assert.Equal("审计接口测试甲（更名）", item.GetProperty("targetName").GetString());
        Assert.Contains("\"new\":\"审计接口测试甲（更名）\"", item.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(64, item.GetProperty("hash").GetString()!.Length);

        var both = await GetJson($"/api/audit?enterprise={id}&pageSize=1");
        Assert.Equal(2, both.GetProperty("total").GetInt32());
        Assert.Equal("update", both.GetProperty("items")[0].GetProperty("action").GetString());   // newest first
    }

    [Fact]
    public async Task Search_ByTimeRange_DaysAreBeijingDays()
    {
        await CreateAndRenameAsync("91330105MA2A00002", "审计接口测试乙");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var q = $"enterprise={Uri.EscapeDataString("审计接口测试乙")}";
        Assert.Equal(2, (await GetJson($"/api/audit?{q}&from={today}&to={today}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await GetJson($"/api/audit?{q}&to=2020-01-01")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Export_IsAnXlsxOfTheFilteredRecords_AndIsItselfAudited()
    {
        await CreateAndRenameAsync("91330105MA2A00003", "审计接口测试丙");
        var r = await _admin.GetAsync($"/api/audit/export?enterprise={Uri.EscapeDataString("审计接口测试丙")}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", r.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("审计日志导出_", r.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        using var xlsx = new MemoryStream(await r.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["修改", "新增"], rows.Select(x => x["操作"]));
        Assert.Equal("企业名称：审计接口测试丙 → 审计接口测试丙（更名）", rows[0]["详情"]);

        var audited = (await GetJson("/api/audit?action=export&pageSize=200")).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("target").GetString() == "audit").ToList();
        Assert.Contains(audited, i => i.GetProperty("detail").GetString() == "导出审计记录 2 条；企业“审计接口测试丙”"
            && i.GetProperty("user").GetString() == SeedbedWebFactory.AdminName);
    }

    [Fact]
    public async Task BadFilter_Is422InChinese()
    {
        var r = await _admin.GetAsync("/api/audit?action=hack");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        var p = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("action", p.GetProperty("errors")[0].GetProperty("location").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await _admin.GetAsync("/api/audit/export?from=yesterday")).StatusCode);
    }

    [Theory]
    [InlineData(Roles.BureauStaff)]
    [InlineData(Roles.JurisdictionOfficer)]
    public async Task NonAdmins_Get403_AndAnonymous401(string role)
    {
        using var other = await app.Factory.ClientAsAsync("audit-" + role, role, jurisdiction: role == Roles.JurisdictionOfficer ? "祥符" : null);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/audit/export")).StatusCode);
        using var anonymous = app.Factory.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/audit/export")).StatusCode);
    }
}
