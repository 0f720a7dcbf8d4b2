using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Seedbed.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Seedbed.Web.Tests.Browser;

[Collection(BrowserGroup.Name)]
public class CertificationBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task ListImport_PreviewThenConfirm_WritesTheMatchedRows()
    {
        await CertificationListData.SeedListEnterprisesAsync(app.Factory.Db);
        var page = await app.OpenAsync("/certifications?tab=import");
        await page.Locator("#cert-file").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "certifications-hnte-list.xlsx"));
        await Expect(page.Locator("#cert-chosen-file")).ToHaveTextAsync("certifications-hnte-list.xlsx");
        await page.Locator("#preview-button").ClickAsync();

        var preview = page.Locator("#preview-table");
        await Expect(preview).ToContainTextAsync("杭州甲数智科技有限公司");
        await Expect(preview).ToContainTextAsync("与第3行证书编号相同");
        await Expect(page.Locator(".count-new")).ToContainTextAsync("新增 2");
        await Expect(page.Locator("#confirm-button")).ToBeDisabledAsync();   // an invalid row: nothing unless the user opts in
        await BrowserApp.ScreenshotAsync(page, "certifications-preview");
        await using (var db = await app.Factory.Db.CreateDbContextAsync())
            Assert.False(await db.Qualifications.AnyAsync(q => q.Number == "GR202333001002"));

        await page.GetByText("忽略无效行", new() { Exact = false }).ClickAsync();
        await page.Locator("#confirm-button").ClickAsync();
        await Expect(page.Locator("#cert-import-done")).ToContainTextAsync("新增 2 条证书");
        await BrowserApp.ScreenshotAsync(page, "certifications-imported");
        await using (var db = await app.Factory.Db.CreateDbContextAsync())
            Assert.True(await db.Qualifications.AnyAsync(q => q.Number == "GR202333001002" && q.ExpiresOn == new DateOnly(2026, 12, 7)));

        await page.GotoAsync(app.BaseUrl + "/certifications?tab=due");
        await Expect(page.Locator("#due-tabs")).ToContainTextAsync("证书到期");
        await BrowserApp.ScreenshotAsync(page, "certifications-due");
    }
}
