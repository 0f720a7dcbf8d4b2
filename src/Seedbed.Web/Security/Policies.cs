using Seedbed.Core.Accounts;

namespace Seedbed.Web.Security;

/// <summary>
/// Authorization policies by endpoint class (docs/accounts.md has the role × class table). Every page and endpoint
/// requires a signed-in user (the fallback policy); these narrow it by role. Which records a role sees inside a class
/// is decided by the data layer's scope, not here.
/// </summary>
public static class Policies
{
    /// <summary>User management, the audit trail: 区科技局管理员 only.</summary>
    public const string Admin = "admin";
    /// <summary>District-wide work (bulk import, district views): the bureau.</summary>
    public const string Bureau = "bureau";
    /// <summary>Enterprise records (read and write, scoped): everyone who works with enterprises.</summary>
    public const string Enterprises = "enterprises";
    /// <summary>Confidential lists (export of the registry): the bureau and jurisdiction officers (scoped).</summary>
    public const string ExportLists = "export-lists";
    /// <summary>Scoring Sunrise applications: 评审专家 only, and only the applications assigned to them (enforced by the use cases).</summary>
    public const string Reviewers = "reviewers";
    /// <summary>Sunrise applications and quarterly returns (scoped): the bureau and enterprise users (their own enterprise).</summary>
    public const string SunriseApplicants = "sunrise-applicants";

    /// <summary>Plan progress, the dashboard, 考核 results and bulletins (read): the bureau and jurisdiction officers.
    /// Changing plans, schemes, hand-entered actuals and issuing bulletins is <see cref="Bureau"/>.</summary>
    public const string Plans = "plans";

    public static readonly string[] AdminRoles = [Roles.BureauAdmin];
    public static readonly string[] BureauRoles = [Roles.BureauAdmin, Roles.BureauStaff];
    public static readonly string[] EnterpriseRoles = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer, Roles.ServiceOfficer, Roles.Enterprise];
    public static readonly string[] ExportRoles = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer];
    public static readonly string[] PlanRoles = [Roles.BureauAdmin, Roles.BureauStaff, Roles.JurisdictionOfficer];
    public static readonly string[] ReviewerRoles = [Roles.Reviewer];
    public static readonly string[] SunriseApplicantRoles = [Roles.BureauAdmin, Roles.BureauStaff, Roles.Enterprise];
}
