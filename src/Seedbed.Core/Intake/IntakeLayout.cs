using Seedbed.Core.Enterprises;

namespace Seedbed.Core.Intake;

/// <summary>The record kinds of a dossier: the enterprise itself and its child records (one workbook sheet each).</summary>
public enum RecordKind { Enterprise, Year, Ip, Qualification, Incident, Standard, Award, RdInstitution }

/// <summary>A column of the import workbook: stable code (row 2, the dossier's camelCase name) and Chinese header (row 1).</summary>
/// <param name="Optional">The column may be left out of a workbook (the self-assessment columns).</param>
public sealed record ColumnLayout(string Code, string Header, bool Optional = false);

public sealed record SheetLayout(RecordKind Kind, string Name, IReadOnlyList<ColumnLayout> Columns)
{
    public ColumnLayout Column(string code) => Columns.First(c => c.Code == code);
    public string Label(string code) => Columns.FirstOrDefault(c => c.Code == code)?.Header ?? code;
}

/// <summary>The workbook layout shared by the reader, the writer, the template and the rejected-rows workbook.</summary>
public static class IntakeLayout
{
    public const string InstructionsSheet = "说明";
    /// <summary>Column code of the error column of a rejected-rows workbook; ignored on import.</summary>
    public const string ErrorCode = "error";
    public const string ErrorHeader = "错误原因";
    public const int HeaderRow = 1, CodeRow = 2, FirstDataRow = 3;

    private static ColumnLayout C(string code, string header, bool optional = false) => new(code, header, optional);
    private static readonly ColumnLayout UsccColumn = C("uscc", FieldLabels.Enterprise[nameof(Enterprise.Uscc)]);
    private static ColumnLayout Y(string code, string property) => C(code, FieldLabels.Year[property]);

    public static readonly SheetLayout Enterprises = new(RecordKind.Enterprise, "企业",
    [
        UsccColumn, C("name", "企业名称"), C("registeredOn", "成立日期"), C("jurisdiction", "属地"),
        C("hightechField", "技术领域代码"), C("industryCode", "行业代码"), C("contactName", "联系人"),
        C("contactPhone", "联系电话"), C("contactEmail", "电子邮箱"), C("address", "地址"),
        C("techAdvancement", "技术先进程度自评", true), C("coreSupport", "核心支持作用自评", true),
        C("rdSystem", "研发组织管理-制度", true), C("rdInstitution", "研发组织管理-机构", true),
        C("rdConversionIncentive", "研发组织管理-转化激励", true), C("rdTalent", "研发组织管理-人才", true),
    ]);

    public static readonly SheetLayout Years = new(RecordKind.Year, "年度数据",
    [
        UsccColumn, Y("year", nameof(FiscalYear.Year)), Y("salesRevenue", nameof(FiscalYear.SalesRevenue)),
        Y("totalIncome", nameof(FiscalYear.TotalIncome)), Y("hightechIncome", nameof(FiscalYear.HightechIncome)),
        Y("rdExpense", nameof(FiscalYear.RdExpense)), Y("rdExpenseDomestic", nameof(FiscalYear.RdExpenseDomestic)),
        Y("totalCostAndExpense", nameof(FiscalYear.TotalCostAndExpense)), Y("netAssets", nameof(FiscalYear.NetAssets)),
        Y("totalAssets", nameof(FiscalYear.TotalAssets)), Y("employees", nameof(FiscalYear.Employees)),
        Y("techStaff", nameof(FiscalYear.TechStaff)), Y("incomeTax", nameof(FiscalYear.IncomeTax)),
        Y("conversions", nameof(FiscalYear.Conversions)),
    ]);

    public static readonly SheetLayout Ip = new(RecordKind.Ip, "知识产权",
    [
        UsccColumn, C("kind", "知识产权类型"), C("number", "编号"), C("title", "名称"), C("status", "状态"),
        C("grantedOn", "授权日期"), C("acquisition", "获得方式"), C("usedInHnteYear", "已用于高企申报年度"), C("disputed", "存在争议"),
    ]);

    public static readonly SheetLayout Qualifications = new(RecordKind.Qualification, "资质",
        [UsccColumn, C("kind", "资质类型"), C("number", "证书编号"), C("issuedOn", "发证日期"), C("expiresOn", "有效期至")]);

    public static readonly SheetLayout Incidents = new(RecordKind.Incident, "事件",
        [UsccColumn, C("date", "发生日期"), C("kind", "事件类型")]);

    public static readonly SheetLayout Standards = new(RecordKind.Standard, "标准",
        [UsccColumn, C("level", "标准级别"), C("role", "参与方式"), C("year", "年度")]);

    public static readonly SheetLayout Awards = new(RecordKind.Award, "科技奖励",
        [UsccColumn, C("level", "奖项级别"), C("rank", "完成单位排名"), C("year", "获奖年度")]);

    public static readonly SheetLayout RdInstitutions = new(RecordKind.RdInstitution, "研发机构",
        [UsccColumn, C("level", "机构级别"), C("name", "机构名称"), C("recognizedOn", "认定日期")]);

    /// <summary>The data sheets in workbook order (after 说明).</summary>
    public static readonly IReadOnlyList<SheetLayout> Sheets =
        [Enterprises, Years, Ip, Qualifications, Incidents, Standards, Awards, RdInstitutions];

    public static SheetLayout Of(RecordKind kind) => Sheets[(int)kind];

    /// <summary>Excel column letters of a 0-based index: 0 → A, 26 → AA.</summary>
    public static string ColumnLetter(int index)
    {
        var s = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26) s = (char)('A' + (i - 1) % 26) + s;
        return s;
    }
}
