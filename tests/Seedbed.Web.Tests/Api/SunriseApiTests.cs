using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Seedbed.Core.Accounts;
using Seedbed.Web.Tests.Support;

namespace Seedbed.Web.Tests.Api;

/// <summary>/api/sunrise through the real host: a call run by the bureau, reviewers kept to their assignments, 422 in Chinese.</summary>
public class SunriseApiTests(SeededApp app) : IClassFixture<SeededApp>
{
    [Fact]
    public async Task Call_Reviews_Ranking_AndReviewerIsolationById()
    {
        var bureau = app.Client;
        var created = await bureau.PostAsJsonAsync("/api/sunrise/calls", new { year = 2019, title = "接口测试批次", opensOn = "2019-03-01", closesOn = "2019-04-30", scorecardId = "sunrise-scorecard-2019" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var callId = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var bad = await bureau.PostAsJsonAsync("/api/sunrise/calls", new { year = 2019, title = "", scorecardId = "sunrise-scorecard-2019" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("批次名称：必填", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await bureau.PostAsJsonAsync($"/api/sunrise/calls/{callId}/status", new { status = "open" })).StatusCode);

        var apps = new List<int>();
        foreach (var name in new[] { TestData.NumberedName(1), TestData.NumberedName(2) })
        {
            var id = await TestData.IdOfAsync(app.Factory.Db, name);
            var a = await (await bureau.PostAsJsonAsync($"/api/sunrise/calls/{callId}/applications", new { enterpriseId = id })).Content.ReadFromJsonAsync<JsonElement>();
            var appId = a.GetProperty("id").GetInt32();
            var put = await bureau.PutAsJsonAsync($"/api/sunrise/applications/{appId}", new
            {
                dataYear = 2019, revenue = 1_500_000m, revenueGrowth = 25m, rdExpense = 100_000m, staff = 30, ipCount = 4, financing = 0m,
                description = "面向制造业的工业软件企业，近三年营业收入保持较快增长。",
            });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            apps.Add(appId);
        }
        var reviewers = new[] { "api-rev-1", "api-rev-2", "api-rev-3" };
        var clients = new List<HttpClient>();
        foreach (var r in reviewers) clients.Add(await app.Factory.ClientAsAsync(r, Roles.Reviewer));
        Assert.Equal(HttpStatusCode.NoContent, (await bureau.PutAsJsonAsync($"/api/sunrise/applications/{apps[0]}/reviewers", new { reviewers })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await bureau.PutAsJsonAsync($"/api/sunrise/applications/{apps[1]}/reviewers", new { reviewers = reviewers[1..] })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await bureau.PostAsJsonAsync($"/api/sunrise/calls/{callId}/status", new { status = "reviewing" })).StatusCode);

        // reviewer 1 is not assigned to the second application: 404 on read and on score, and it is not in the task list
        Assert.Equal(HttpStatusCode.NotFound, (await clients[0].GetAsync($"/api/sunrise/reviews/{apps[1]}")).StatusCode);
        var points = new Dictionary<string, decimal> { ["growth"] = 8, ["innovation"] = 8, ["market"] = 8, ["team"] = 8, ["financing"] = 8 };
        Assert.Equal(HttpStatusCode.NotFound, (await clients[0].PostAsJsonAsync($"/api/sunrise/reviews/{apps[1]}", new { points })).StatusCode);
        var tasks = await clients[0].GetFromJsonAsync<JsonElement>("/api/sunrise/reviews");
        Assert.Equal([apps[0]], tasks.EnumerateArray().Select(t => t.GetProperty("applicationId").GetInt32()));
        // reviewers have no enterprise records and no bureau views
        Assert.Equal(HttpStatusCode.Forbidden, (await clients[0].GetAsync($"/api/sunrise/calls/{callId}")).StatusCode);

        decimal[] scores = [7, 8, 9];
        for (var i = 0; i < 3; i++)
        {
            var p = points.ToDictionary(x => x.Key, _ => scores[i]);
            Assert.Equal(HttpStatusCode.OK, (await clients[i].PostAsJsonAsync($"/api/sunrise/reviews/{apps[0]}", new { points = p })).StatusCode);
        }
        var detail = await bureau.GetFromJsonAsync<JsonElement>($"/api/sunrise/calls/{callId}");
        var first = detail.GetProperty("rows")[0];
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        Assert.Equal(80m, first.GetProperty("score").GetDecimal());
        var second = detail.GetProperty("rows")[1];
        Assert.Equal(JsonValueKind.Null, second.GetProperty("rank").ValueKind);
        Assert.Equal("评审专家不足3名（已分配2名）", second.GetProperty("notRankedReason").GetString());
    }
}
