namespace Seedbed.Core.Accounts;

/// <summary>The roles of Seedbed (one per account), with their Chinese names.</summary>
public static class Roles
{
    public const string BureauAdmin = "bureau-admin";
    public const string BureauStaff = "bureau-staff";
    public const string JurisdictionOfficer = "jurisdiction-officer";
    public const string ServiceOfficer = "service-officer";
    public const string FinanceReviewer = "finance-reviewer";
    public const string Reviewer = "reviewer";
    public const string Enterprise = "enterprise";

    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        (BureauAdmin, "区科技局管理员"), (BureauStaff, "区科技局工作人员"), (JurisdictionOfficer, "街道/园区专员"),
        (ServiceOfficer, "企业服务专员"), (FinanceReviewer, "财政局审核员"), (Reviewer, "评审专家"), (Enterprise, "企业用户"),
    ];

    public static bool IsKnown(string code) => All.Any(r => r.Code == code);
    public static string NameOf(string code) => All.FirstOrDefault(r => r.Code == code).Name ?? code;
}
