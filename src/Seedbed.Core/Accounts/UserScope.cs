using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;

namespace Seedbed.Core.Accounts;

/// <summary>The access scope of an account, from its role (see docs/accounts.md).</summary>
public static class UserScope
{
    public static async Task<AccessScope> ForAsync(SeedbedDb db, SeedbedUser user, CancellationToken ct = default) => user.Role switch
    {
        _ when user.Disabled => AccessScope.Nothing,
        Roles.BureauAdmin or Roles.BureauStaff => AccessScope.Everything,
        Roles.JurisdictionOfficer when user.JurisdictionId is { } j => AccessScope.Jurisdiction(j),
        Roles.Enterprise when user.EnterpriseId is { } e => AccessScope.Enterprises([e]),
        Roles.ServiceOfficer => AccessScope.Enterprises(await db.ServiceAssignments.Where(a => a.OfficerId == user.Id).Select(a => a.EnterpriseId).ToListAsync(ct)),
        _ => AccessScope.Nothing, // finance reviewers and reviewers see only what their modules give them
    };
}
