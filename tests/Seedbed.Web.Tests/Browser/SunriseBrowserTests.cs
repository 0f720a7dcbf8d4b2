using Microsoft.Playwright;
using Seedbed.Core.Accounts;
using Seedbed.Core.Sunrise;
using Seedbed.Web.Security;
using Seedbed.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Seedbed.Web.Tests.Browser;

[Collection(BrowserGroup.Name)]
public class SunriseBrowserTests(BrowserApp app)
{
    /// <summary>Runs a use case as the test admin (like a signed-in bureau session).</summary>
    private async Task<T> AsBureauAsync<T>(Func<Task<T>> work)
    {
        var session = new Session(new System.Security.Claims.ClaimsPrincipal(), AccessScope.Everything, new Core.Audit.AuditActor("test-admin", Roles.BureauAdmin));
        using (SessionContext.Begin(session)) return await work();
    }

    private T Use<T>() where T : notnull => (T)app.Factory.Services.GetService(typeof(T))!;

    [Fact]
    public async Task ThreeReviewersScore_AndTheRankingShowsTheAggregate()
    {
        var reviewers = new List<TestAccount>();
        foreach (var n in new[] { "sunrise-rev-1", "sunrise-rev-2", "sunrise-rev-3" }) reviewers.Add(await app.Factory.AccountAsync(n, Roles.Reviewer));

        // the bureau creates and opens a call in the UI
        var page = await app.OpenAsync("/sunrise");
        await page.ClickAsync("#call-new");
        await page.FillAsync("#call-year", "2019");
        await page.FillAsync("#call-title", "2019年度旭日计划（浏览器测试）");
        await page.FillAsync("#call-opens", "2019-03-01");
        await page.FillAsync("#call-closes", "2019-04-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await page.WaitForURLAsync(u => System.Text.RegularExpressions.Regex.IsMatch(u, "/sunrise/\\d+$"));
        var callId = int.Parse(page.Url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await page.ClickAsync("#call-open");
        await Expect(page.Locator("#call-status")).ToHaveTextAsync("受理申报");

        // apply on behalf of an enterprise, complete the missing fields, assign three reviewers
        await page.FillAsync("#behalf-uscc", TestData.NumberedUscc(3));
        await page.ClickAsync("#behalf-apply");
        await Expect(page.Locator("#app-financing")).ToBeVisibleAsync();
        await page.FillAsync("#app-financing", "3000000");
        await page.FillAsync("#app-description", "专注于工业互联网平台研发的科技型企业，服务于区内制造业数字化改造。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        var row = page.Locator("#applications-table tbody tr.ant-table-row").First;
        await Expect(row).ToContainTextAsync("材料完整");
        await row.Locator(".assign-reviewers").ClickAsync();
        foreach (var r in reviewers) await page.Locator($".reviewer-check[value='{r.UserName}']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(row).ToContainTextAsync("评审进度 0/3");
        await page.ClickAsync("#call-review");
        await Expect(page.Locator("#call-status")).ToHaveTextAsync("评审中");

        // each reviewer scores independently on their own task page
        decimal[] points = [7m, 8.5m, 9m];
        for (var i = 0; i < 3; i++)
        {
            var rp = await app.OpenAsync("/sunrise/reviews", reviewers[i]);
            await rp.Locator(".review-open").First.ClickAsync();
            await Expect(rp.Locator("#score-table")).ToContainTextAsync("评分指引");
            foreach (var c in new[] { "growth", "innovation", "market", "team", "financing" })
                await rp.FillAsync($"#score-{c}", points[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (i == 0) await BrowserApp.ScreenshotAsync(rp, "sunrise-review-form");
            await rp.ClickAsync("#review-submit");
            await rp.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
            await Expect(rp.Locator("#my-total")).ToContainTextAsync($"我的总分：{points[i] * 10m:0.##}");
            if (i == 0) await Expect(rp.Locator("#other-totals")).ToContainTextAsync("—");
            await rp.Context.CloseAsync();
        }

        // the ranking shows the mean of the three totals: (70 + 85 + 90) / 3 = 81.67
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#interactive-ready", new() { State = WaitForSelectorState.Attached });
        row = page.Locator("#applications-table tbody tr.ant-table-row").First;
        await Expect(row.Locator(".rank")).ToHaveTextAsync("1");
        await Expect(row.Locator(".score")).ToHaveTextAsync("81.67");
        await Expect(row).ToContainTextAsync("评审进度 3/3");
        await Expect(page.Locator("#quota-shortfall")).ToContainTextAsync("少于年度名额35家，可全部批准");
        await BrowserApp.ScreenshotAsync(page, "sunrise-ranking");
        var detail = await AsBureauAsync(() => Use<GetSunriseCall>().ExecuteAsync(callId));
        Assert.Equal(81.67m, detail!.Rows[0].Score);
    }
}
