using System.Globalization;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Enterprises;

/// <summary>Chinese labels of the registry's fields, shared by history, Excel headers and error messages.</summary>
public static class FieldLabels
{
    public static readonly IReadOnlyDictionary<string, string> Enterprise = new Dictionary<string, string>
    {
        [nameof(Enterprises.Enterprise.Uscc)] = "统一社会信用代码",
        [nameof(Enterprises.Enterprise.Name)] = "企业名称",
        [nameof(Enterprises.Enterprise.RegisteredOn)] = "成立日期",
        [nameof(Enterprises.Enterprise.JurisdictionId)] = "属地",
        [nameof(Enterprises.Enterprise.HightechField)] = "技术领域",
        [nameof(Enterprises.Enterprise.IndustryCode)] = "行业代码",
        [nameof(Enterprises.Enterprise.ContactName)] = "联系人",
        [nameof(Enterprises.Enterprise.ContactPhone)] = "联系电话",
        [nameof(Enterprises.Enterprise.ContactEmail)] = "电子邮箱",
        [nameof(Enterprises.Enterprise.Address)] = "地址",
        [nameof(Enterprises.Enterprise.TechAdvancementGrade)] = "技术先进程度自评",
        [nameof(Enterprises.Enterprise.CoreSupportGrade)] = "核心支持作用自评",
        [nameof(Enterprises.Enterprise.RdManagementSystem)] = "研发组织管理-制度",
        [nameof(Enterprises.Enterprise.RdManagementInstitution)] = "研发组织管理-机构",
        [nameof(Enterprises.Enterprise.RdManagementConversionIncentive)] = "研发组织管理-转化激励",
        [nameof(Enterprises.Enterprise.RdManagementTalent)] = "研发组织管理-人才",
    };

    public static readonly IReadOnlyDictionary<string, string> Year = new Dictionary<string, string>
    {
        [nameof(FiscalYear.Year)] = "年度",
        [nameof(FiscalYear.SalesRevenue)] = "销售收入",
        [nameof(FiscalYear.TotalIncome)] = "收入总额",
        [nameof(FiscalYear.HightechIncome)] = "高新技术产品（服务）收入",
        [nameof(FiscalYear.RdExpense)] = "研究开发费用",
        [nameof(FiscalYear.RdExpenseDomestic)] = "境内研究开发费用",
        [nameof(FiscalYear.TotalCostAndExpense)] = "成本费用支出总额",
        [nameof(FiscalYear.NetAssets)] = "净资产",
        [nameof(FiscalYear.TotalAssets)] = "资产总额",
        [nameof(FiscalYear.Employees)] = "职工总数",
        [nameof(FiscalYear.TechStaff)] = "科技人员数",
        [nameof(FiscalYear.IncomeTax)] = "企业所得税",
        [nameof(FiscalYear.Conversions)] = "科技成果转化数",
    };

    /// <summary>Display form of a stored value, culture-invariant (history and exports).</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static string DescribeIp(IpItem i) => $"{IpKinds.NameOf(i.Kind)} {i.Number}";
    public static string DescribeQualification(Qualification q) => $"{Vocabularies.QualificationKind.LabelOf(q.Kind)} {q.Number}";
}
