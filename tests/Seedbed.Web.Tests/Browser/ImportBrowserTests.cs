using System.Text.Json;
using Microsoft.Playwright;
using Seedbed.Rules.Registry;
using Seedbed.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Seedbed.Web.Tests.Browser;

[Collection(BrowserGroup.Name)]
public class ImportBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task ImportOfValidRowsOnly_ShowsCountsTheErrorReportAndTheRejectedWorkbook()
    {
        var good = Uscc.Complete("91330105MA2J00001");
        var dossier = new
        {
            schema = "seedbed.dossier/1",
            enterprises = new object[]
            {
                new { uscc = good, name = "杭州页面导入有限公司", jurisdiction = "园区", hightechField = "101",
                    years = new[] { new { year = 2019, salesRevenue = 2_000_000, rdExpense = 150_000 } } },
                new { uscc = "91330105MA2J0000I1", name = "杭州错误代码有限公司", jurisdiction = "园区" },
            },
        };
        var page = await app.OpenAsync("/import");
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload
        {
            Name = "两家企业.json", MimeType = "application/json", Buffer = JsonSerializer.SerializeToUtf8Bytes(dossier),
        });
        await Expect(page.Locator("#chosen-file")).ToHaveTextAsync("两家企业.json");
        await page.GetByText("仅导入有效行", new() { Exact = true }).ClickAsync();
        await Expect(page.Locator("#valid-rows-only, .ant-checkbox-wrapper").First).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("checked"));
        await page.Locator("#import-button").ClickAsync();

        var result = page.Locator("#import-result");
        await Expect(result).ToContainTextAsync("已导入有效行，部分行被拒绝");
        await Expect(page.Locator("#count-created")).ToHaveTextAsync("1");
        await Expect(page.Locator("#count-rejected")).ToHaveTextAsync("1");
        var errors = page.Locator("#error-table");
        await Expect(errors).ToContainTextAsync("位置");
        await Expect(errors).ToContainTextAsync("第17位字符“I”");
        var link = page.Locator("#rejected-link");
        var href = await link.GetAttributeAsync("href");
        Assert.StartsWith("/api/imports/rejected/", href, StringComparison.Ordinal);
        var download = await page.APIRequest.GetAsync(href!);
        Assert.Equal(200, download.Status);
        Assert.Equal("PK"u8.ToArray(), (await download.BodyAsync())[..2]);
        await BrowserApp.ScreenshotAsync(page, "import-result");

        await using var db = await app.Factory.Db.CreateDbContextAsync();
        Assert.Single(db.Enterprises.Where(e => e.Uscc == good));
        Assert.Empty(db.Enterprises.Where(e => e.Name == "杭州错误代码有限公司"));
    }
}
