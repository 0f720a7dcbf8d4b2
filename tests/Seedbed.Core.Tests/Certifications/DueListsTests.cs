using Seedbed.Core.Accounts;
using Seedbed.Core.Certifications;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Certifications;
using static Seedbed.Core.Tests.Certifications.CertificationTestData;

namespace Seedbed.Core.Tests.Certifications;

/// <summary>The three due lists against the database: boundaries, superseded certificates, per jurisdiction and scoping.</summary>
public class DueListsTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory, Providers]
    public async Task Expiring_TwelveMonthsInclusive_ReapplicationThisYear_SupersededLeftOut(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await EnterpriseAsync(t, "正好12个月", "祥符", Q("hnte", "GR202433000001", D(2024, 11, 28), D(2027, 11, 27)));
        await EnterpriseAsync(t, "多一天", "祥符", Q("hnte", "GR202433000002", D(2024, 11, 29), D(2027, 11, 28)));
        await EnterpriseAsync(t, "今年初已到期", "园区", Q("hnte", "GR202333000003", D(2023, 3, 2), D(2026, 3, 1)));
        await EnterpriseAsync(t, "去年已到期", "园区", Q("hnte", "GR202233000004", D(2022, 12, 31), D(2025, 12, 30)));
        await EnterpriseAsync(t, "已重新认定", "园区", Q("hnte", "GR202333000005", D(2023, 12, 1), D(2026, 11, 30)),
            Q("hnte", "GR202633000005", D(2026, 11, 1), D(2029, 10, 31)));
        await EnterpriseAsync(t, "市高企", "祥符", Q("hz-hnte", "HZGQ20240001", D(2024, 6, 1), D(2027, 5, 31)));
        await EnterpriseAsync(t, "科小不在此列", "祥符", Q("tech-sme", "2026330105A00001", D(2026, 2, 1), D(2026, 12, 31)));

        var lists = await t.Get<GetDueLists>().ExecuteAsync(D(2026, 11, 27));
        Assert.Equal(["今年初已到期", "市高企", "正好12个月"], lists.Expiring.Select(i => i.EnterpriseName));
        var expired = lists.Expiring[0];
        Assert.Equal((-271, DueLight.Red), (expired.DaysLeft, expired.Light));
        Assert.Contains("今年须重新认定", expired.Reason, StringComparison.Ordinal);
        Assert.Equal((365, DueLight.Green), (lists.Expiring[2].DaysLeft, lists.Expiring[2].Light));

        var park = await t.Get<GetDueLists>().ExecuteAsync(D(2026, 11, 27), "园区");
        Assert.Equal(["今年初已到期"], park.Expiring.Select(i => i.EnterpriseName));
    }

    [Theory, Providers]
    public async Task AnnualReports_DueBy31May_ForCertifiedBeforeTheYearAndValidTheYearBefore(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await EnterpriseAsync(t, "去年12月认定", "祥符", Q("hnte", "GR202533000001", D(2025, 12, 1), D(2028, 11, 30)));
        await EnterpriseAsync(t, "今年认定", "祥符", Q("hnte", "GR202633000002", D(2026, 1, 10), D(2029, 1, 9)));
        await EnterpriseAsync(t, "前年底到期", "祥符", Q("hnte", "GR202133000003", D(2022, 1, 1), D(2024, 12, 31)));
        await EnterpriseAsync(t, "去年元旦到期", "祥符", Q("hnte", "GR202233000004", D(2022, 1, 2), D(2025, 1, 1)));
        await EnterpriseAsync(t, "连续两张", "祥符", Q("hnte", "GR202233000005", D(2022, 12, 1), D(2025, 11, 30)),
            Q("hnte", "GR202533000005", D(2025, 11, 20), D(2028, 11, 19)));

        var onDeadline = await t.Get<GetDueLists>().ExecuteAsync(D(2026, 5, 31));
        Assert.Equal(D(2026, 5, 31), onDeadline.AnnualReportDeadline);
        Assert.Equal(["去年12月认定", "去年元旦到期", "连续两张"], onDeadline.AnnualReports.Select(i => i.EnterpriseName).Order(StringComparer.Ordinal));
        Assert.All(onDeadline.AnnualReports, i => Assert.Equal((0, DueLight.Red), (i.DaysLeft, i.Light)));
        Assert.Equal("GR202533000005", onDeadline.AnnualReports.Single(i => i.EnterpriseName == "连续两张").Number);

        var dayAfter = await t.Get<GetDueLists>().ExecuteAsync(D(2026, 6, 1));
        Assert.Equal(D(2027, 5, 31), dayAfter.AnnualReportDeadline);
        Assert.Contains(dayAfter.AnnualReports, i => i.EnterpriseName == "今年认定");
        Assert.DoesNotContain(dayAfter.AnnualReports, i => i.EnterpriseName == "去年元旦到期");
    }

    [Theory, Providers]
    public async Task TechSmeRegistrations_RegisteredLastYearNotYetThisYear_By31March(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await EnterpriseAsync(t, "待更新", "祥符", Q("tech-sme", "2025330105A00001", D(2025, 3, 5), D(2025, 12, 31)));
        await EnterpriseAsync(t, "已更新", "祥符", Q("tech-sme", "2025330105A00002", D(2025, 3, 5), D(2025, 12, 31)),
            Q("tech-sme", "2026330105A00002", D(2026, 2, 5), D(2026, 12, 31)));
        await EnterpriseAsync(t, "前年入库", "祥符", Q("tech-sme", "2024330105A00003", D(2024, 3, 5), D(2024, 12, 31)));

        var lastDay = await t.Get<GetDueLists>().ExecuteAsync(D(2026, 3, 31));
        Assert.Equal(D(2026, 3, 31), lastDay.RegistrationDeadline);
        Assert.Equal(["待更新"], lastDay.Registrations.Select(i => i.EnterpriseName));

        var april = await t.Get<GetDueLists>().ExecuteAsync(D(2026, 4, 1));
        Assert.Equal(D(2027, 3, 31), april.RegistrationDeadline);
        Assert.Equal(["已更新"], april.Registrations.Select(i => i.EnterpriseName));
        Assert.Equal((364, DueLight.Green), (april.Registrations[0].DaysLeft, april.Registrations[0].Light));
    }

    [Theory, Providers]
    public async Task JurisdictionOfficer_SeesOnlyTheirJurisdiction(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var xiangfu = await EnterpriseAsync(t, "祥符企业", "祥符", Q("hnte", "GR202433000001", D(2024, 1, 1), D(2026, 12, 31)));
        await EnterpriseAsync(t, "园区企业", "园区", Q("hnte", "GR202433000002", D(2024, 1, 1), D(2026, 12, 31)));
        int jid;
        await using (var db = t.NewContext()) jid = db.Enterprises.Single(e => e.Id == xiangfu).JurisdictionId;
        t.Get<AccessScopeProvider>().Current = () => AccessScope.Jurisdiction(jid);
        var lists = await t.Get<GetDueLists>().ExecuteAsync(D(2026, 6, 1));
        Assert.Equal(["祥符企业"], lists.Expiring.Select(i => i.EnterpriseName));
        Assert.Equal(["祥符企业"], lists.AnnualReports.Select(i => i.EnterpriseName));
        var records = await t.Get<ListCertifications>().ExecuteAsync(new CertificationFilter());
        Assert.Equal(["祥符企业"], records.Items.Select(i => i.EnterpriseName));
    }

    [Theory, Providers]
    public async Task Export_WritesThreeSheets_AndAuditsTheExport(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await EnterpriseAsync(t, "祥符企业", "祥符", Q("hnte", "GR202433000001", D(2024, 1, 1), D(2026, 12, 31)));
        using var ms = new MemoryStream();
        await t.Get<ExportDueLists>().ExecuteAsync(D(2026, 6, 1), null, ms);
        ms.Position = 0;
        Assert.Equal([ExportDueLists.ExpiringSheet, ExportDueLists.ReportsSheet, ExportDueLists.RegistrationsSheet], MiniExcelLibs.MiniExcel.GetSheetNames(ms));
        ms.Position = 0;
        var row = (IDictionary<string, object?>)MiniExcelLibs.MiniExcel.Query(ms, useHeaderRow: true, sheetName: ExportDueLists.ExpiringSheet).First();
        Assert.Equal(("祥符企业", "🟢 绿"), (row["企业名称"], row["提示"]));
        await using var db = t.NewContext();
        Assert.Single(db.AuditRecords.Where(a => a.Action == "export" && a.Target == "certifications:due"));
    }
}
