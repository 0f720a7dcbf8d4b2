using Seedbed.Core.Tests.Support;
using static Seedbed.Core.Tests.Intake.IntakeTestData;

namespace Seedbed.Core.Tests.Intake;

/// <summary>Every kind of bad input: reported at its exact cell or JSON path with a Chinese reason, and nothing is written.</summary>
public class ImportValidationTests
{
    private sealed record Case(Func<byte[]> File, string Location, string Fragment);

    private static byte[] Wb(Action<TestWorkbook> change)
    {
        var wb = ValidWorkbook();
        change(wb);
        return wb.ToBytes();
    }

    private static Dictionary<string, object?> Third(object uscc) => new() { ["uscc"] = uscc, ["name"] = "丙", ["jurisdiction"] = "祥符" };

    private static byte[] Js(string json) => System.Text.Encoding.UTF8.GetBytes(Json(json));
    private static string Minimal(string extra) =>
        $$"""{ "schema": "seedbed.dossier/1", "enterprises": [ { "uscc": "U1", "name": "甲", "jurisdiction": "祥符"{{extra}} } ] }""";

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["not a workbook"] = new(() => [(byte)'P', (byte)'K', 3, 4, 1, 2, 3], "", "文件不是有效的 Excel 工作簿（.xlsx）"),
        ["not json"] = new(() => Js("{ \"schema\": "), "", "文件不是有效的 JSON"),
        ["unknown format"] = new(() => "uscc,name\n"u8.ToArray(), "", "文件不是有效的 Excel 工作簿（.xlsx）"),
        ["missing sheet"] = new(() => Wb(w => w.MissingSheets.Add("资质")), "资质", "缺少工作表“资质”"),
        ["missing column"] = new(() => Wb(w => w.MissingColumns.Add(("企业", "jurisdiction"))), "企业!第2行", "缺少列代码“jurisdiction”"),
        ["bad uscc"] = new(() => Wb(w => w.Add("企业", Third(U(3)[..17] + (U(3)[17] == '0' ? "1" : "0")))), "企业!A5", "第18位校验码错误"),
        ["bad uscc character"] = new(() => Wb(w => w.Add("企业", Third("91330105000000003I"))), "企业!A5", "第18位字符“I”不是合法字符"),
        ["lower-case uscc"] = new(() => Wb(w => w.Add("企业", Third(Seedbed.Rules.Registry.Uscc.Complete("91330105MA27XY001").ToLowerInvariant()))), "企业!A5", "字母须大写"),
        ["uscc numeric cell"] = new(() => Wb(w => w.Add("企业", Third(913301050000000020d))), "企业!A5", "必须是文本"),
        ["text in number cell"] = new(() => Wb(w => w.Rows("年度数据")[0]["salesRevenue"] = "一百万"), "年度数据!C3", "应为数字，实际为文本“一百万”"),
        ["negative amount"] = new(() => Wb(w => w.Rows("年度数据")[0]["rdExpense"] = -5m), "年度数据!F3", "不能为负数"),
        ["three decimals"] = new(() => Wb(w => w.Rows("年度数据")[1]["salesRevenue"] = 1.234m), "年度数据!C4", "最多保留两位小数"),
        ["negative count"] = new(() => Wb(w => w.Rows("年度数据")[0]["employees"] = -1), "年度数据!K3", "应为非负整数"),
        ["fractional count"] = new(() => Wb(w => w.Rows("年度数据")[0]["conversions"] = 1.5m), "年度数据!N3", "应为非负整数"),
        ["fiscal year too early"] = new(() => Wb(w => w.Rows("年度数据")[1]["year"] = 1989), "年度数据!B4", "1990到2100"),
        ["standard year too late"] = new(() => Wb(w => w.Rows("标准")[0]["year"] = 2101), "标准!D3", "1990到2100"),
        ["ip used year"] = new(() => Wb(w => w.Rows("知识产权")[1]["usedInHnteYear"] = 1900), "知识产权!H4", "1990到2100"),
        ["duplicate uscc"] = new(() => Wb(w => w.Add("企业", Third(U(1)))), "企业!A5", "在文件中重复（第3行与第5行）"),
        ["unknown jurisdiction"] = new(() => Wb(w => w.Rows("企业")[1]["jurisdiction"] = "火星"), "企业!D4", "属地“火星”不存在"),
        ["unknown ip kind"] = new(() => Wb(w => w.Rows("知识产权")[0]["kind"] = "专利"), "知识产权!B3", "知识产权类型“专利”无效"),
        ["unknown ip status"] = new(() => Wb(w => w.Rows("知识产权")[0]["status"] = "有效"), "知识产权!E3", "状态“有效”无效"),
        ["unknown acquisition"] = new(() => Wb(w => w.Rows("知识产权")[0]["acquisition"] = "购买"), "知识产权!G3", "获得方式“购买”无效"),
        ["unknown qualification"] = new(() => Wb(w => w.Rows("资质")[0]["kind"] = "高企"), "资质!B3", "资质类型“高企”无效"),
        ["unknown incident"] = new(() => Wb(w => w.Rows("事件")[0]["kind"] = "火灾"), "事件!C3", "事件类型“火灾”无效"),
        ["unknown standard level"] = new(() => Wb(w => w.Rows("标准")[0]["level"] = "地方标准"), "标准!B3", "标准级别“地方标准”无效"),
        ["unknown standard role"] = new(() => Wb(w => w.Rows("标准")[0]["role"] = "起草"), "标准!C3", "参与方式“起草”无效"),
        ["unknown award level"] = new(() => Wb(w => w.Rows("科技奖励")[0]["level"] = "市级"), "科技奖励!B3", "奖项级别“市级”无效"),
        ["unknown institution level"] = new(() => Wb(w => w.Rows("研发机构")[0]["level"] = "区级"), "研发机构!B3", "机构级别“区级”无效"),
        ["bad date"] = new(() => Wb(w => w.Rows("企业")[1]["registeredOn"] = "2020-02-30"), "企业!C4", "“2020-02-30”不是有效日期"),
        ["bad hightech field"] = new(() => Wb(w => w.Rows("企业")[1]["hightechField"] = "999"), "企业!E4", "二级领域代码"),
        ["missing name"] = new(() => Wb(w => w.Rows("企业")[0]["name"] = "  "), "企业!B3", "企业名称不能为空"),
        ["missing jurisdiction"] = new(() => Wb(w => w.Rows("企业")[0]["jurisdiction"] = null), "企业!D3", "属地不能为空"),
        ["missing year"] = new(() => Wb(w => w.Rows("年度数据")[1]["year"] = null), "年度数据!B4", "年度不能为空"),
        ["missing ip number"] = new(() => Wb(w => w.Rows("知识产权")[0]["number"] = null), "知识产权!C3", "编号不能为空"),
        ["missing ip status"] = new(() => Wb(w => w.Rows("知识产权")[1]["status"] = null), "知识产权!E4", "状态不能为空"),
        ["missing qualification issue date"] = new(() => Wb(w => w.Rows("资质")[0]["issuedOn"] = null), "资质!D3", "发证日期不能为空"),
        ["missing child uscc"] = new(() => Wb(w => w.Rows("事件")[0]["uscc"] = null), "事件!A3", "统一社会信用代码不能为空"),
        ["orphan child row"] = new(() => Wb(w => w.Rows("年度数据")[1]["uscc"] = U(5)), "年度数据!A4", "既不在本文件的企业表中，也不在企业库中"),
        ["duplicate year"] = new(() => Wb(w => w.Rows("年度数据")[1]["year"] = 2022), "年度数据!第4行", "2022年度数据在文件中重复（第3行与第4行）"),
        ["duplicate ip"] = new(() => Wb(w => w.Add("知识产权", new(w.Rows("知识产权")[0]))), "知识产权!第5行", "在文件中重复（第3行与第5行）"),
        ["duplicate qualification"] = new(() => Wb(w => w.Add("资质", new(w.Rows("资质")[0]))), "资质!第4行", "在文件中重复（第3行与第4行）"),
        ["bad grade"] = new(() => Wb(w => w.Rows("企业")[0]["techAdvancement"] = "F"), "企业!K3", "技术先进程度自评“F”无效"),
        ["rd system out of range"] = new(() => Wb(w => w.Rows("企业")[0]["rdSystem"] = 7), "企业!M3", "应为0到6之间的整数"),
        ["rd talent out of range"] = new(() => Wb(w => w.Rows("企业")[0]["rdTalent"] = 5), "企业!P3", "应为0到4之间的整数"),
        ["tech staff above employees"] = new(() => Wb(w => w.Rows("年度数据")[0]["techStaff"] = 51), "年度数据!L3", "科技人员数（51）不能大于职工总数（50）"),
        ["domestic rd above rd"] = new(() => Wb(w => w.Rows("年度数据")[0]["rdExpenseDomestic"] = 800000.51m), "年度数据!G3", "境内研究开发费用（800000.51）不能大于研究开发费用总额（800000.5）"),
        ["expiry before issue"] = new(() => Wb(w => w.Rows("资质")[0]["expiresOn"] = "2021-12-15"), "资质!E3", "早于发证日期"),
        ["json schema"] = new(() => Js("""{ "schema": "seedbed.dossier/2", "enterprises": [] }"""), "schema", "schema 应为“seedbed.dossier/1”"),
        ["json text in number"] = new(() => Js(Minimal(""", "years": [ { "year": 2022 }, { "year": 2023, "rdExpense": "12万" } ]""")),
            "enterprises[0].years[1].rdExpense", "应为数字，实际为文本“12万”"),
        ["json bad uscc"] = new(() => Js("""{ "schema": "seedbed.dossier/1", "enterprises": [ { "uscc": "91330105000000001X", "name": "甲", "jurisdiction": "祥符" } ] }"""),
            "enterprises[0].uscc", "统一社会信用代码"),
        ["json unknown field code"] = new(() => Js(Minimal(""", "hightechField": "909" """)), "enterprises[0].hightechField", "二级领域代码"),
        ["json date format"] = new(() => Js(Minimal(""", "registeredOn": "2015/3/1" """)), "enterprises[0].registeredOn", "不是有效日期"),
        ["json rd management"] = new(() => Js(Minimal(""", "selfAssessment": { "rdManagement": { "conversionIncentive": 5 } } """)),
            "enterprises[0].selfAssessment.rdManagement.conversionIncentive", "应为0到4之间的整数"),
        ["json ip kind"] = new(() => Js(Minimal(""", "ip": [ { "kind": "patent", "number": "1", "status": "granted", "acquisition": "own" } ] """)),
            "enterprises[0].ip[0].kind", "知识产权类型“patent”无效"),
        ["json duplicate uscc"] = new(() => Js("""{ "schema": "seedbed.dossier/1", "enterprises": [ { "uscc": "U1", "name": "甲", "jurisdiction": "祥符" }, { "uscc": "U1", "name": "乙", "jurisdiction": "祥符" } ] }"""),
            "enterprises[1].uscc", "在文件中重复（enterprises[0]与enterprises[1]）"),
        ["json years not array"] = new(() => Js(Minimal(""", "years": { "year": 2022 } """)), "enterprises[0].years", "years 应为数组"),
    };

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in (string[])["sqlite", "postgres"])
            foreach (var name in Cases.Keys) data.Add(provider, name);
        return data;
    }

    [Theory, MemberData(nameof(All))]
    public async Task BadInput_IsReportedAtItsCellAndNothingIsWritten(string provider, string caseName)
    {
        var c = Cases[caseName];
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        var before = await CountAsync(t);

        var result = await ImportAsync(t, c.File());

        Assert.False(result.Written);
        var issue = Assert.Single(result.Errors);
        Assert.Equal(c.Location, issue.Location);
        Assert.Contains(c.Fragment, issue.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(t));
    }

    [Theory, Providers]
    public async Task ThreeDifferentErrors_AreAllReportedAtOnce(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        var before = await CountAsync(t);
        var file = Wb(w =>
        {
            w.Rows("企业")[1]["jurisdiction"] = "火星";
            w.Rows("年度数据")[1]["salesRevenue"] = "很多";
            w.Rows("资质")[0]["expiresOn"] = "2020-01-01";
        });

        var result = await ImportAsync(t, file);

        Assert.False(result.Written);
        Assert.Equal(["企业!D4", "年度数据!C4", "资质!E3"], result.Errors.Select(e => e.Location));
        Assert.Equal(before, await CountAsync(t));
    }

    [Fact]
    public void Reading_ChildRowOfAnotherFile_IsAnErrorWithoutDatabase()
    {
        var wb = ValidWorkbook();
        wb.Rows("年度数据")[0]["uscc"] = U(9);
        var result = Seedbed.Core.Intake.DossierWorkbook.Read(new MemoryStream(wb.ToBytes()));
        var issue = Assert.Single(result.Issues);
        Assert.Equal("年度数据!A3", issue.Location);
        Assert.Contains("不在本文件的企业表中", issue.Message, StringComparison.Ordinal);
    }
}
