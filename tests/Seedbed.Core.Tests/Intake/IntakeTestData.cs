using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Intake;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Intake;

/// <summary>A workbook written cell by cell with MiniExcel (not with the code under test): row 1 headers, row 2 codes,
/// data from row 3, columns in template order unless a column or sheet is left out.</summary>
internal sealed class TestWorkbook
{
    private readonly Dictionary<string, List<Dictionary<string, object?>>> _rows =
        IntakeLayout.Sheets.ToDictionary(s => s.Name, _ => new List<Dictionary<string, object?>>());

    public HashSet<string> MissingSheets { get; } = [];
    public HashSet<(string Sheet, string Code)> MissingColumns { get; } = [];

    public TestWorkbook Add(string sheet, Dictionary<string, object?> cells)
    {
        _rows[sheet].Add(cells);
        return this;
    }

    public List<Dictionary<string, object?>> Rows(string sheet) => _rows[sheet];

    public byte[] ToBytes()
    {
        var sheets = new Dictionary<string, object>();
        foreach (var s in IntakeLayout.Sheets.Where(s => !MissingSheets.Contains(s.Name)))
        {
            var cols = s.Columns.Where(c => !MissingColumns.Contains((s.Name, c.Code))).ToList();
            var rows = new List<Dictionary<string, object?>> { cols.ToDictionary(c => c.Header, c => (object?)c.Code) };
            rows.AddRange(_rows[s.Name].Select(r => cols.ToDictionary(c => c.Header, c => r.GetValueOrDefault(c.Code))));
            sheets[s.Name] = rows;
        }
        using var ms = new MemoryStream();
        ms.SaveAs(sheets, printHeader: true);
        return ms.ToArray();
    }
}

internal static class IntakeTestData
{
    public static string U(int n) => Uscc.Complete($"913301050000{n:D5}");

    /// <summary>Enterprises U(1) (rows 3) and U(2) (row 4) with one record of every kind; child rows start at row 3.</summary>
    public static TestWorkbook ValidWorkbook() => new TestWorkbook()
        .Add("企业", new()
        {
            ["uscc"] = U(1), ["name"] = "杭州甲科技有限公司", ["registeredOn"] = new DateTime(2015, 3, 1), ["jurisdiction"] = "祥符",
            ["hightechField"] = 101d, ["industryCode"] = "I6513", ["contactName"] = "张三", ["contactPhone"] = 13800000000d,
            ["contactEmail"] = "a@example.cn", ["address"] = "杭州市拱墅区", ["techAdvancement"] = "A", ["coreSupport"] = "B",
            ["rdSystem"] = 5, ["rdInstitution"] = 4, ["rdConversionIncentive"] = 3, ["rdTalent"] = 2,
        })
        .Add("企业", new() { ["uscc"] = U(2), ["name"] = "杭州乙软件有限公司", ["registeredOn"] = "2018/6/5", ["jurisdiction"] = "园区", ["hightechField"] = "无" })
        .Add("年度数据", new()
        {
            ["uscc"] = U(1), ["year"] = 2022, ["salesRevenue"] = 12345678.91m, ["totalIncome"] = 12400000m, ["hightechIncome"] = 9000000.05m,
            ["rdExpense"] = 800000.5m, ["rdExpenseDomestic"] = 700000m, ["totalCostAndExpense"] = 10000000m, ["netAssets"] = -1234.56m,
            ["totalAssets"] = 30000000m, ["employees"] = 50, ["techStaff"] = 12, ["incomeTax"] = 0.01m, ["conversions"] = 3,
        })
        .Add("年度数据", new() { ["uscc"] = U(1), ["year"] = 2023, ["salesRevenue"] = "15000000.10" })
        .Add("知识产权", new()
        {
            ["uscc"] = U(1), ["kind"] = "发明专利", ["number"] = "ZL202010000001.X", ["title"] = "一种数据处理方法", ["status"] = "已授权",
            ["grantedOn"] = new DateTime(2021, 5, 6), ["acquisition"] = "own", ["usedInHnteYear"] = null, ["disputed"] = "否",
        })
        .Add("知识产权", new() { ["uscc"] = U(1), ["kind"] = "software-copyright", ["number"] = "2020SR000002", ["status"] = "granted", ["acquisition"] = "受让", ["usedInHnteYear"] = 2021 })
        .Add("资质", new() { ["uscc"] = U(1), ["kind"] = "国家高新技术企业", ["number"] = "GR202133000001", ["issuedOn"] = "2021-12-16", ["expiresOn"] = "2024-12-15" })
        .Add("事件", new() { ["uscc"] = U(2), ["date"] = "2022-04-01", ["kind"] = "经营异常名录" })
        .Add("标准", new() { ["uscc"] = U(1), ["level"] = "国家标准", ["role"] = "主导", ["year"] = 2020 })
        .Add("科技奖励", new() { ["uscc"] = U(1), ["level"] = "省级", ["rank"] = 2, ["year"] = 2021 })
        .Add("研发机构", new() { ["uscc"] = U(1), ["level"] = "市级", ["name"] = "甲数据研究院", ["recognizedOn"] = "2019-09-09" });

    public const string ValidJson = """
    {
      "schema": "seedbed.dossier/1",
      "enterprises": [
        {
          "uscc": "U1", "name": "杭州甲科技有限公司", "registeredOn": "2015-03-01", "jurisdiction": "祥符", "hightechField": "101",
          "years": [ { "year": 2022, "salesRevenue": 12345678.91, "rdExpense": 800000.5, "rdExpenseDomestic": 700000, "netAssets": -1234.56,
                       "employees": 50, "techStaff": 12 } ],
          "ip": [ { "kind": "invention-patent", "number": "ZL202010000001.X", "status": "granted", "grantedOn": "2021-05-06", "acquisition": "own", "disputed": true } ],
          "qualifications": [ { "kind": "hnte", "number": "GR202133000001", "issuedOn": "2021-12-16", "expiresOn": "2024-12-15" } ],
          "incidents": [ { "date": "2022-04-01", "kind": "major-safety" } ],
          "standards": [ { "level": "national", "role": "lead", "year": 2020 } ],
          "awards": [ { "level": "provincial", "rank": 2, "year": 2021 } ],
          "rdInstitutions": [ { "level": "municipal", "name": "甲数据研究院", "recognizedOn": "2019-09-09" } ],
          "selfAssessment": { "techAdvancement": "A", "coreSupport": "B", "rdManagement": { "system": 5, "institution": 4, "conversionIncentive": 3, "talent": 2 } }
        },
        { "uscc": "U2", "name": "杭州乙软件有限公司", "jurisdiction": "园区", "hightechField": null }
      ]
    }
    """;

    public static string Json(string template) => template.Replace("\"U1\"", $"\"{U(1)}\"", StringComparison.Ordinal)
        .Replace("\"U2\"", $"\"{U(2)}\"", StringComparison.Ordinal).Replace("\"U3\"", $"\"{U(3)}\"", StringComparison.Ordinal);

    public static MemoryStream Stream(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Puts enterprise U(9) with one fiscal year into the database (so that "unchanged" is a real comparison).</summary>
    public static async Task SeedAsync(TestDatabase t)
    {
        await using var db = t.NewContext();
        var j = await db.Jurisdictions.SingleAsync(x => x.Name == "半山");
        var e = new Enterprise { Uscc = U(9), Name = "已有企业", JurisdictionId = j.Id };
        e.Years.Add(new FiscalYear { Year = 2021, SalesRevenue = 100m });
        db.Enterprises.Add(e);
        await db.SaveChangesAsync();
    }

    public sealed record Counts(int Enterprises, int Years, int Ip, int Qualifications, int Incidents, int History);

    public static async Task<Counts> CountAsync(TestDatabase t)
    {
        await using var db = t.NewContext();
        return new Counts(await db.Enterprises.CountAsync(), await db.FiscalYears.CountAsync(), await db.IpItems.CountAsync(),
            await db.Qualifications.CountAsync(), await db.Incidents.CountAsync(), await db.ChangeRecords.CountAsync());
    }

    public static Task<ImportResult> ImportAsync(TestDatabase t, byte[] content, string fileName = "test.xlsx", ImportOptions? options = null) =>
        t.Get<ImportDossier>().ExecuteAsync(new MemoryStream(content), fileName, options ?? new ImportOptions { Actor = "tester" });

    /// <summary>All sheets of a workbook as rows of cells keyed by column letter (row 1 first), read with MiniExcel.</summary>
    public static Dictionary<string, List<Dictionary<string, object?>>> Cells(byte[] workbook)
    {
        using var ms = new MemoryStream(workbook);
        return MiniExcel.GetSheetNames(ms).ToDictionary(n => n, n =>
        {
            ms.Position = 0;
            return MiniExcel.Query(ms, useHeaderRow: false, sheetName: n)
                .Select(r => new Dictionary<string, object?>((IDictionary<string, object?>)r)).ToList();
        });
    }

    public static byte[] Save(Dictionary<string, List<Dictionary<string, object?>>> sheets)
    {
        using var ms = new MemoryStream();
        ms.SaveAs(sheets.ToDictionary(kv => kv.Key, kv => (object)kv.Value), printHeader: false);
        return ms.ToArray();
    }

    public static string JsonOf(Dossier d)
    {
        using var ms = new MemoryStream();
        DossierJson.Write(ms, d);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }
}
