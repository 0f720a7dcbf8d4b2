using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Intake;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;
using static Seedbed.Core.Tests.Intake.IntakeTestData;

namespace Seedbed.Core.Tests.Intake;

/// <summary>Valid imports (workbook and JSON), history, re-import idempotence and the "valid rows only" mode, on both databases.</summary>
public class ImportDossierTests
{
    [Theory, Providers]
    public async Task Workbook_Valid_WritesEveryRecordToTheFenWithHistory(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        var before = await CountAsync(t);
        var stages = new List<IntakeProgress>();
        var options = new ImportOptions { Actor = "张科员", Progress = new SyncProgress(stages.Add) };

        var result = await ImportAsync(t, ValidWorkbook().ToBytes(), "企业数据.xlsx", options);

        Assert.True(result.Written, string.Join("\n", result.Errors));
        Assert.Empty(result.Errors);
        Assert.Equal((2, 0, 0), (result.EnterprisesCreated, result.EnterprisesUpdated, result.EnterprisesUnchanged));
        await using var db = t.NewContext();
        var e = await db.Enterprises.Include(x => x.Jurisdiction).Include(x => x.Years).Include(x => x.IpItems).Include(x => x.Qualifications)
            .Include(x => x.Standards).Include(x => x.Awards).Include(x => x.RdInstitutions).SingleAsync(x => x.Uscc == U(1));
        Assert.Equal(("杭州甲科技有限公司", "祥符", "101", new DateOnly(2015, 3, 1)), (e.Name, e.Jurisdiction!.Name, e.HightechField, e.RegisteredOn!.Value));
        Assert.Equal(("13800000000", "I6513", "A", "B", 5, 2), (e.ContactPhone, e.IndustryCode, e.TechAdvancementGrade, e.CoreSupportGrade, e.RdManagementSystem, e.RdManagementTalent));
        var y = e.Years.Single(x => x.Year == 2022);
        Assert.Equal(12345678.91m, y.SalesRevenue);
        Assert.Equal(800000.5m, y.RdExpense);
        Assert.Equal(-1234.56m, y.NetAssets);
        Assert.Equal(0.01m, y.IncomeTax);
        Assert.Equal((50, 12, 3), (y.Employees!.Value, y.TechStaff!.Value, y.Conversions!.Value));
        var y2023 = e.Years.Single(x => x.Year == 2023);
        Assert.Equal(15000000.1m, y2023.SalesRevenue);
        Assert.Null(y2023.RdExpense);
        var patent = e.IpItems.Single(i => i.Kind == "invention-patent");
        Assert.Equal(("ZL202010000001.X", "granted", "own", new DateOnly(2021, 5, 6), false), (patent.Number, patent.Status, patent.Acquisition, patent.GrantedOn!.Value, patent.Disputed));
        Assert.Equal(("assignment", 2021), (e.IpItems.Single(i => i.Kind == "software-copyright").Acquisition, e.IpItems.Single(i => i.Kind == "software-copyright").UsedInHnteYear!.Value));
        Assert.Equal(("hnte", new DateOnly(2024, 12, 15)), (e.Qualifications.Single().Kind, e.Qualifications.Single().ExpiresOn!.Value));
        Assert.Equal(("national", "lead", 2020), (e.Standards.Single().Level, e.Standards.Single().Role, e.Standards.Single().Year));
        Assert.Equal(("provincial", 2), (e.Awards.Single().Level, e.Awards.Single().Rank));
        Assert.Equal(("municipal", new DateOnly(2019, 9, 9)), (e.RdInstitutions.Single().Level, e.RdInstitutions.Single().RecognizedOn));
        var e2 = await db.Enterprises.Include(x => x.Incidents).SingleAsync(x => x.Uscc == U(2));
        Assert.Equal((HightechFields.None, new DateOnly(2018, 6, 5)), (e2.HightechField, e2.RegisteredOn!.Value));
        Assert.Equal("abnormal-operation-list", e2.Incidents.Single().Kind);

        var history = await db.ChangeRecords.Where(c => c.Id > 0).OrderBy(c => c.Id).Skip(before.History).ToListAsync();
        // exactly one "新建" record per new enterprise: the records created with it are part of its creation
        Assert.Equal(2, history.Count);
        Assert.All(history, h => Assert.True(h.Field == "企业" && h.NewValue!.StartsWith("新建", StringComparison.Ordinal), h.Field));
        Assert.All(history, h => Assert.Equal(("张科员", "导入 企业数据.xlsx"), (h.Actor, h.Source)));
        Assert.Equal(history.Count, result.ChangesRecorded);
        Assert.Contains(stages, s => s.Stage == ImportDossier.StageRead);
        Assert.Contains(stages, s => s.Stage == ImportDossier.StageValidate && s.Done == s.Total && s.Total == 11);
        Assert.Equal(new IntakeProgress(ImportDossier.StageWrite, 2, 2), stages[^1]);
    }

    [Theory, Providers]
    public async Task Json_Valid_WritesEverythingAndUpdatesWithHistory(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        var result = await ImportAsync(t, Stream(Json(ValidJson)).ToArray(), "dossier.json");
        Assert.True(result.Written, string.Join("\n", result.Errors));
        Assert.Equal(2, result.EnterprisesCreated);

        // second file: a changed name, a changed amount, a new year, an existing qualification with a new expiry
        var changed = Json(ValidJson).Replace("杭州甲科技有限公司", "杭州甲科技股份有限公司", StringComparison.Ordinal)
            .Replace("12345678.91", "12345678.92", StringComparison.Ordinal)
            .Replace("\"years\": [ {", "\"years\": [ { \"year\": 2023, \"employees\": 60 }, {", StringComparison.Ordinal)
            .Replace("\"expiresOn\": \"2024-12-15\"", "\"expiresOn\": \"2024-12-16\"", StringComparison.Ordinal);
        var second = await ImportAsync(t, Stream(changed).ToArray(), "第二批.json", new ImportOptions { Actor = "李四" });

        Assert.True(second.Written, string.Join("\n", second.Errors));
        Assert.Equal((0, 1, 1), (second.EnterprisesCreated, second.EnterprisesUpdated, second.EnterprisesUnchanged));
        await using var db = t.NewContext();
        var id = await db.Enterprises.Where(e => e.Uscc == U(1)).Select(e => e.Id).SingleAsync();
        var h = await db.ChangeRecords.Where(c => c.EnterpriseId == id && c.Actor == "李四").OrderBy(c => c.Field).ToListAsync();
        Assert.Equal(4, h.Count);
        Assert.Equal(4, second.ChangesRecorded);
        Assert.All(h, c => Assert.Equal("导入 第二批.json", c.Source));
        Assert.Contains(h, c => c is { Field: "企业名称", OldValue: "杭州甲科技有限公司", NewValue: "杭州甲科技股份有限公司" });
        Assert.Contains(h, c => c is { Field: "年度数据[2022].销售收入", OldValue: "12345678.91", NewValue: "12345678.92" });
        Assert.Contains(h, c => c is { Field: "年度数据", NewValue: "2023年度数据" });
        Assert.Contains(h, c => c is { Field: "资质[GR202133000001].ExpiresOn", NewValue: "2024-12-16" });
        var e = await db.Enterprises.Include(x => x.IpItems).SingleAsync(x => x.Id == id);
        Assert.True(e.IpItems.Single().Disputed);
        Assert.Equal(3, e.RdManagementConversionIncentive);
        Assert.Equal(HightechFields.None, (await db.Enterprises.SingleAsync(x => x.Uscc == U(2))).HightechField);
    }

    [Theory, Providers]
    public async Task ReimportOfTheSameFile_ChangesNothing(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        var file = ValidWorkbook();
        file.Add("年度数据", new() { ["uscc"] = U(9), ["year"] = 2022, ["salesRevenue"] = 5m }); // child row of an enterprise only in the database
        Assert.True((await ImportAsync(t, file.ToBytes())).Written);
        var before = await CountAsync(t);

        var again = await ImportAsync(t, file.ToBytes());

        Assert.True(again.Written);
        Assert.Equal((0, 0, 3, 0), (again.EnterprisesCreated, again.EnterprisesUpdated, again.EnterprisesUnchanged, again.ChangesRecorded));
        Assert.Equal(before, await CountAsync(t));
    }

    [Theory, Providers]
    public async Task ValidRowsOnly_ImportsGoodRows_ReturnsRejectedRowsThatReimportOnceFixed(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        var wb = ValidWorkbook();
        wb.Rows("企业")[1]["jurisdiction"] = "火星";          // bad enterprise row: U(2) and its incident are rejected
        wb.Rows("年度数据")[1]["salesRevenue"] = "很多";       // bad child row of a good enterprise: only this row
        var before = await CountAsync(t);

        var result = await ImportAsync(t, wb.ToBytes(), options: new ImportOptions { ValidRowsOnly = true });

        Assert.True(result.Written);
        Assert.Equal(1, result.EnterprisesCreated);
        Assert.Equal(3, result.RejectedRows);
        Assert.Equal(["企业!D4", "年度数据!C4"], result.Errors.Select(e => e.Location));
        var after = await CountAsync(t);
        Assert.Equal((before.Enterprises + 1, before.Years + 1, before.Incidents), (after.Enterprises, after.Years, after.Incidents));

        var cells = Cells(result.RejectedWorkbook!);
        Assert.Equal(["说明", "企业", "年度数据", "知识产权", "资质", "事件", "标准", "科技奖励", "研发机构"], cells.Keys);
        var companies = cells["企业"];
        Assert.Equal(3, companies.Count); // headers, codes, one rejected row
        Assert.Equal(("错误原因", "error"), (companies[0]["Q"], companies[1]["Q"]));
        Assert.Equal(U(2), companies[2]["A"]);
        Assert.Contains("属地“火星”不存在", (string)companies[2]["Q"]!, StringComparison.Ordinal);
        Assert.Equal(3, cells["年度数据"].Count);
        Assert.Equal(("很多", 2023d), (cells["年度数据"][2]["C"], cells["年度数据"][2]["B"]));
        Assert.Contains("应为数字", (string)cells["年度数据"][2]["O"]!, StringComparison.Ordinal);
        Assert.Equal((U(2), "所属企业行有误"), (cells["事件"][2]["A"], cells["事件"][2]["D"]));
        Assert.All(["知识产权", "资质", "标准", "科技奖励", "研发机构"], s => Assert.Equal(2, cells[s].Count));

        // the user fixes the two cells and imports the rejected workbook as it is (error column included)
        companies[2]["D"] = "祥符";
        cells["年度数据"][2]["C"] = 15000000.1;
        var fixedResult = await ImportAsync(t, Save(cells), "rejected.xlsx");

        Assert.True(fixedResult.Written, string.Join("\n", fixedResult.Errors));
        Assert.Equal((1, 1), (fixedResult.EnterprisesCreated, fixedResult.EnterprisesUpdated));
        await using var db = t.NewContext();
        Assert.Equal(15000000.1m, (await db.FiscalYears.SingleAsync(y => y.Year == 2023)).SalesRevenue);
        Assert.Equal(1, await db.Incidents.CountAsync());
    }

    [Theory, Providers]
    public async Task ValidRowsOnly_Json_RejectsWholeEnterprisesAsWorkbookRows(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var json = Json(ValidJson).Replace("\"rank\": 2", "\"rank\": \"二\"", StringComparison.Ordinal);

        var result = await ImportAsync(t, Stream(json).ToArray(), "x.json", new ImportOptions { ValidRowsOnly = true });

        Assert.True(result.Written);
        Assert.Equal(1, result.EnterprisesCreated);
        Assert.Equal("enterprises[0].awards[0].rank", Assert.Single(result.Errors).Location);
        Assert.Equal(8, result.RejectedRows); // enterprise, year, ip, qualification, incident, standard, award, institution
        var cells = Cells(result.RejectedWorkbook!);
        Assert.Equal((U(1), "同一企业的其他记录有误"), (cells["企业"][2]["A"], cells["企业"][2]["Q"]));
        Assert.Equal(("二", "完成单位排名应为数字，实际为文本“二”"), (cells["科技奖励"][2]["C"], cells["科技奖励"][2]["E"]));
        Assert.Equal(("A", 5d), (cells["企业"][2]["K"], cells["企业"][2]["M"]));
        await using var db = t.NewContext();
        Assert.Equal([U(2)], await db.Enterprises.Select(e => e.Uscc).ToListAsync());
    }

    private sealed class SyncProgress(Action<IntakeProgress> report) : IProgress<IntakeProgress>
    {
        public void Report(IntakeProgress value) => report(value);
    }
}
