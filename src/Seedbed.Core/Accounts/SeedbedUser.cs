using Microsoft.AspNetCore.Identity;

namespace Seedbed.Core.Accounts;

/// <summary>An account (ASP.NET Core Identity user with the database store). One role per account (<see cref="Roles"/>).</summary>
public class SeedbedUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = Roles.BureauStaff;
    /// <summary>For jurisdiction officers: the jurisdiction they may see.</summary>
    public int? JurisdictionId { get; set; }
    /// <summary>For enterprise users: their own enterprise.</summary>
    public int? EnterpriseId { get; set; }
    /// <summary>Set for a new account and after a reset: the next sign-in must choose a new password.</summary>
    public bool MustChangePassword { get; set; } = true;
    public bool Disabled { get; set; }
    /// <summary>A demo account (demo mode only), clearly labelled in the UI.</summary>
    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>一企一员: a service officer is responsible for an enterprise.</summary>
public class ServiceAssignment
{
    public int Id { get; set; }
    public required string OfficerId { get; set; }
    public int EnterpriseId { get; set; }
    public DateTime AssignedAt { get; set; }
}

/// <summary>A personal API token (<c>Authorization: Bearer …</c>); only its SHA-256 is stored.</summary>
public class ApiToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the token, to recognise it in lists.</summary>
    public required string Prefix { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}
