using MiniExcelLibs;
using Seedbed.Core.Intake;
using Seedbed.Rules.Registry;
using static Seedbed.Core.Tests.Intake.IntakeTestData;

namespace Seedbed.Core.Tests.Intake;

/// <summary>The file formats without a database: JSON and workbook round trips, the template, lenient workbook cells.</summary>
public class DossierFormatTests
{
    internal static Dossier Sample() => new(
    [
        new DossierEnterprise
        {
            Uscc = U(1), Name = "杭州甲科技有限公司", RegisteredOn = new DateOnly(2015, 3, 1), Jurisdiction = "祥符", HightechField = "101",
            IndustryCode = "I6513", ContactName = "张三", ContactPhone = "13800000000", ContactEmail = "a@example.cn", Address = "拱墅区",
            Years =
            [
                new DossierYear { Year = 2021, SalesRevenue = 12345678.91m, RdExpense = 800000.5m, NetAssets = -1234.56m, Employees = 50, TechStaff = 12, Conversions = 0 },
                new DossierYear { Year = 2022, TotalIncome = 0.01m },
            ],
            Ip =
            [
                new DossierIp { Kind = "invention-patent", Number = "ZL1", Title = "一种方法", Status = "granted", GrantedOn = new DateOnly(2021, 5, 6), Acquisition = "own", Disputed = true },
                new DossierIp { Kind = "utility-model", Number = "ZL2", Status = "pending", Acquisition = "license", UsedInHnteYear = 2020 },
            ],
            Qualifications = [new DossierQualification("hnte", "GR1", new DateOnly(2021, 12, 16), new DateOnly(2024, 12, 15))],
            Incidents = [new DossierIncident(new DateOnly(2022, 4, 1), "major-safety")],
            Standards = [new DossierStandard("national", "lead", 2020)],
            Awards = [new DossierAward("provincial", 2, 2021)],
            RdInstitutions = [new DossierRdInstitution("municipal", "甲研究院", new DateOnly(2019, 9, 9))],
            SelfAssessment = new DossierSelfAssessment { TechAdvancement = "A", CoreSupport = "B", RdManagement = new DossierRdManagement(5, 4, 3, 2) },
        },
        new DossierEnterprise { Uscc = U(2), Name = "乙", Jurisdiction = "园区", HightechField = HightechFields.None },
        new DossierEnterprise { Uscc = U(3), Name = "丙", Jurisdiction = "园区", SelfAssessment = new DossierSelfAssessment { CoreSupport = "E" } },
    ]);

    [Fact]
    public void Json_WriteThenRead_GivesTheSameDossier()
    {
        var json = JsonOf(Sample());
        var read = DossierJson.Read(Stream(json));
        Assert.True(read.IsValid, string.Join("\n", read.Issues));
        Assert.Equal(json, JsonOf(read.Dossier));
        Assert.Equal(HightechFields.None, read.Dossier.Enterprises[1].HightechField);
        Assert.Null(read.Dossier.Enterprises[2].HightechField);
    }

    [Fact]
    public void Json_Write_FollowsTheContract()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(JsonOf(Sample()));
        var root = doc.RootElement;
        Assert.Equal("seedbed.dossier/1", root.GetProperty("schema").GetString());
        var first = root.GetProperty("enterprises")[0];
        Assert.Equal("2015-03-01", first.GetProperty("registeredOn").GetString());
        Assert.Equal("12345678.91", first.GetProperty("years")[0].GetProperty("salesRevenue").GetRawText());
        Assert.Equal("800000.5", first.GetProperty("years")[0].GetProperty("rdExpense").GetRawText());
        Assert.False(first.GetProperty("years")[1].TryGetProperty("salesRevenue", out _));
        Assert.Equal(2, first.GetProperty("selfAssessment").GetProperty("rdManagement").GetProperty("talent").GetInt32());
        var second = root.GetProperty("enterprises")[1];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.GetProperty("hightechField").ValueKind);
        Assert.False(second.TryGetProperty("registeredOn", out _));
        Assert.False(root.GetProperty("enterprises")[2].TryGetProperty("hightechField", out _));
    }

    [Fact]
    public void Json_ManyProblems_AreAllReportedByPath()
    {
        var json = Json("""
        { "schema": "seedbed.dossier/1", "enterprises": [
          { "uscc": "U1", "name": 12, "jurisdiction": "祥符", "years": [ { "year": "2022", "employees": -3 } ] },
          { "uscc": "U2", "name": "乙", "jurisdiction": "祥符", "ip": [ { "kind": "invention-patent", "number": "1", "status": "granted", "acquisition": "own", "disputed": "yes" } ] }
        ] }
        """);
        var read = DossierJson.Read(Stream(json));
        Assert.Equal(["enterprises[0].name", "enterprises[0].years[0].year", "enterprises[0].years[0].employees", "enterprises[1].ip[0].disputed"],
            read.Issues.Select(i => i.Location));
        Assert.Contains("应为文本", read.Issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("应为数字，实际为文本“2022”", read.Issues[1].Message, StringComparison.Ordinal);
        Assert.Empty(read.Dossier.Enterprises);
    }

    [Fact]
    public void Workbook_WriteThenRead_GivesTheSameDossier()
    {
        using var ms = new MemoryStream();
        DossierWorkbook.Write(ms, Sample());
        ms.Position = 0;
        var read = DossierWorkbook.Read(ms);
        Assert.True(read.IsValid, string.Join("\n", read.Issues));
        Assert.Equal(JsonOf(Sample()), JsonOf(read.Dossier));
    }

    [Fact]
    public void Workbook_Write_UsesChineseLabelsHeadersAndCodes()
    {
        using var ms = new MemoryStream();
        DossierWorkbook.Write(ms, Sample());
        var cells = Cells(ms.ToArray());
        Assert.Equal(("统一社会信用代码", "uscc"), (cells["企业"][0]["A"], cells["企业"][1]["A"]));
        Assert.Equal(("知识产权类型", "kind", "发明专利", "已授权", "自主研发", "是"),
            (cells["知识产权"][0]["B"], cells["知识产权"][1]["B"], cells["知识产权"][2]["B"], cells["知识产权"][2]["E"], cells["知识产权"][2]["G"], cells["知识产权"][2]["I"]));
        Assert.Equal(12345678.91, cells["年度数据"][2]["C"]);
        Assert.Equal("无", cells["企业"][3]["E"]);
        Assert.Equal("国家高新技术企业", cells["资质"][2]["B"]);
    }

    [Fact]
    public void Template_ReadsBackAsAnEmptyValidDossier()
    {
        using var ms = new MemoryStream();
        WorkbookTemplate.Write(ms);
        var bytes = ms.ToArray();
        var read = DossierWorkbook.Read(new MemoryStream(bytes));
        Assert.True(read.IsValid, string.Join("\n", read.Issues));
        Assert.Empty(read.Dossier.Enterprises);
        var cells = Cells(bytes);
        Assert.Equal(["说明", .. IntakeLayout.Sheets.Select(s => s.Name)], cells.Keys);
        Assert.All(IntakeLayout.Sheets, s => Assert.Equal(s.Columns.Select(c => c.Code), cells[s.Name][1].Values.Cast<string>()));
        var instructions = string.Join("\n", cells["说明"].Select(r => $"{r["A"]} {r["B"]}"));
        Assert.Contains("经营异常名录（abnormal-operation-list）", instructions, StringComparison.Ordinal);
        Assert.Contains("技术领域 809", instructions, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_ColumnsInAnyOrderWithExtraColumnsAndWithoutSelfAssessment_AreRead()
    {
        // codes in row 2 decide; an unknown column and a blank row are ignored; numeric text, dates as text and labels are accepted
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["A"] = "备注", ["B"] = "属地", ["C"] = "名称", ["D"] = "代码", ["E"] = "成立", ["F"] = "领域", ["G"] = "行业", ["H"] = "联系人", ["I"] = "电话", ["J"] = "邮箱", ["K"] = "地址" },
            new() { ["A"] = "note", ["B"] = "jurisdiction", ["C"] = "name", ["D"] = "uscc", ["E"] = "registeredOn", ["F"] = "hightechField", ["G"] = "industryCode", ["H"] = "contactName", ["I"] = "contactPhone", ["J"] = "contactEmail", ["K"] = "address" },
            new() { ["A"] = "随便", ["B"] = "祥符", ["C"] = "甲", ["D"] = U(1), ["E"] = "2015/3/1", ["F"] = "软件" },
            new() { ["A"] = null },
            new() { ["A"] = null, ["B"] = "园区", ["C"] = "乙", ["D"] = U(2), ["E"] = new DateTime(2016, 1, 2), ["F"] = 809d },
        };
        foreach (var row in rows)
            foreach (var key in rows[0].Keys) row.TryAdd(key, null);
        var sheets = IntakeLayout.Sheets.Skip(1).ToDictionary(s => s.Name, s => (object)new List<Dictionary<string, object?>>
        {
            s.Columns.Select((c, i) => (c, i)).ToDictionary(x => IntakeLayout.ColumnLetter(x.i), x => (object?)x.c.Header),
            s.Columns.Select((c, i) => (c, i)).ToDictionary(x => IntakeLayout.ColumnLetter(x.i), x => (object?)x.c.Code),
        });
        sheets = new Dictionary<string, object> { ["企业"] = rows }.Concat(sheets).ToDictionary();
        using var ms = new MemoryStream();
        ms.SaveAs(sheets, printHeader: false);
        ms.Position = 0;

        var read = DossierWorkbook.Read(ms);

        Assert.True(read.IsValid, string.Join("\n", read.Issues));
        Assert.Equal([U(1), U(2)], read.Dossier.Enterprises.Select(e => e.Uscc));
        Assert.Equal(("101", new DateOnly(2015, 3, 1)), (read.Dossier.Enterprises[0].HightechField, read.Dossier.Enterprises[0].RegisteredOn!.Value));
        Assert.Equal(("809", new DateOnly(2016, 1, 2)), (read.Dossier.Enterprises[1].HightechField, read.Dossier.Enterprises[1].RegisteredOn!.Value));
    }

    [Fact]
    public void Workbook_NotAWorkbook_IsReported()
    {
        var read = DossierWorkbook.Read(new MemoryStream("hello"u8.ToArray()));
        Assert.Equal(DossierWorkbook.NotAWorkbook, Assert.Single(read.Issues).Message);
    }
}
