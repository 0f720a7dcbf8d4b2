using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Seedbed.Core.Accounts;

namespace Seedbed.Web.Security;

/// <summary>The claims of a signed-in account (cookie or API token): name, role, scope anchors, first-login flag.</summary>
public static class SeedbedClaims
{
    public const string DisplayName = "seedbed:display-name";
    public const string Jurisdiction = "seedbed:jurisdiction";
    public const string Enterprise = "seedbed:enterprise";
    public const string MustChangePassword = "seedbed:must-change-password";
    public const string Demo = "seedbed:demo";

    public static string? Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
    public static bool MustChange(this ClaimsPrincipal user) => user.HasClaim(MustChangePassword, "true");
    public static int? IntClaim(this ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}

/// <summary>Adds Seedbed's claims to the Identity principal (role as <see cref="ClaimTypes.Role"/>, for policies).</summary>
public sealed class SeedbedClaimsFactory(UserManager<SeedbedUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<SeedbedUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(SeedbedUser user)
    {
        var id = await base.GenerateClaimsAsync(user);
        id.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        id.AddClaim(new Claim(SeedbedClaims.DisplayName, user.DisplayName));
        if (user.JurisdictionId is { } j) id.AddClaim(new Claim(SeedbedClaims.Jurisdiction, j.ToString(CultureInfo.InvariantCulture)));
        if (user.EnterpriseId is { } e) id.AddClaim(new Claim(SeedbedClaims.Enterprise, e.ToString(CultureInfo.InvariantCulture)));
        if (user.MustChangePassword) id.AddClaim(new Claim(SeedbedClaims.MustChangePassword, "true"));
        if (user.IsDemo) id.AddClaim(new Claim(SeedbedClaims.Demo, "true"));
        return id;
    }
}
