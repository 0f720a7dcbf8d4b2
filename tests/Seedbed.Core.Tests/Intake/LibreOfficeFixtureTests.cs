using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Intake;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Intake;

/// <summary>A workbook made by LibreOffice Calc, not by our code (Fixtures/intake-libreoffice.fods → .xlsx, see regenerate.sh):
/// real date cells, numbers typed as numbers, a blank row, numeric text and Chinese labels.</summary>
public class LibreOfficeFixtureTests
{
    private static byte[] Fixture() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "intake-libreoffice.xlsx"));
    private const string C1 = "91330105000000011M", C2 = "91330105000000012Q", C3 = "91330105000000013U";

    [Theory, Providers]
    public async Task LibreOfficeWorkbook_ImportsWithItsValues(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);

        var result = await IntakeTestData.ImportAsync(t, Fixture(), "intake-libreoffice.xlsx");

        Assert.True(result.Written, string.Join("\n", result.Errors));
        Assert.Equal(3, result.EnterprisesCreated);
        await using var db = t.NewContext();
        var e1 = await db.Enterprises.Include(e => e.Jurisdiction).Include(e => e.Years).Include(e => e.IpItems)
            .Include(e => e.Qualifications).Include(e => e.Standards).Include(e => e.RdInstitutions).SingleAsync(e => e.Uscc == C1);
        Assert.Equal(("杭州丙智能科技有限公司", new DateOnly(2014, 7, 8), "祥符", "101"), (e1.Name, e1.RegisteredOn!.Value, e1.Jurisdiction!.Name, e1.HightechField));
        Assert.Equal(("0571-88886666", "B", "C", 4, 1), (e1.ContactPhone, e1.TechAdvancementGrade, e1.CoreSupportGrade, e1.RdManagementSystem, e1.RdManagementTalent));
        var y2021 = e1.Years.Single(y => y.Year == 2021);
        Assert.Equal((23456789.12m, 1500000.5m, -56789.01m, 123456.78m), (y2021.SalesRevenue, y2021.RdExpense, y2021.NetAssets, y2021.IncomeTax));
        Assert.Equal((120, 30, 4), (y2021.Employees!.Value, y2021.TechStaff!.Value, y2021.Conversions!.Value));
        Assert.Equal(2, e1.Years.Count);
        var patent = e1.IpItems.Single(i => i.Kind == "invention-patent");
        Assert.Equal(("ZL201910000011.1", "granted", "own", new DateOnly(2020, 8, 18)), (patent.Number, patent.Status, patent.Acquisition, patent.GrantedOn!.Value));
        Assert.Equal(2022, e1.IpItems.Single(i => i.Kind == "software-copyright").UsedInHnteYear);
        Assert.Equal(("hnte", new DateOnly(2021, 12, 16), new DateOnly(2024, 12, 15)),
            (e1.Qualifications.Single().Kind, e1.Qualifications.Single().IssuedOn, e1.Qualifications.Single().ExpiresOn!.Value));
        Assert.Equal(("industry", "participant"), (e1.Standards.Single().Level, e1.Standards.Single().Role));
        Assert.Equal(new DateOnly(2020, 6, 30), e1.RdInstitutions.Single().RecognizedOn);

        var e2 = await db.Enterprises.Include(e => e.Years).Include(e => e.IpItems).SingleAsync(e => e.Uscc == C2);
        Assert.Equal((HightechFields.None, new DateOnly(2017, 11, 3), "13900001111"), (e2.HightechField, e2.RegisteredOn!.Value, e2.ContactPhone));
        Assert.Equal(800000.5m, e2.Years.Single().SalesRevenue);
        Assert.Equal(("pending", "assignment"), (e2.IpItems.Single().Status, e2.IpItems.Single().Acquisition));
        var e3 = await db.Enterprises.Include(e => e.Years).SingleAsync(e => e.Uscc == C3);
        Assert.Null(e3.HightechField);
        Assert.Equal((2022, 8), (e3.Years.Single().Year, e3.Years.Single().Employees!.Value));
    }

    [Fact]
    public void LibreOfficeWorkbook_BadCell_IsReportedAtItsLibreOfficeRow()
    {
        // the blank row 5 of 年度数据 keeps its place: the rows after it are 6 and 7
        var cells = IntakeTestData.Cells(Fixture());
        cells["年度数据"][6]["K"] = -8d;
        var read = DossierWorkbook.Read(new MemoryStream(IntakeTestData.Save(cells)));
        Assert.Equal("年度数据!K7", Assert.Single(read.Issues).Location);
    }
}
