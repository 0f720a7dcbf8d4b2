using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Accounts;
using Seedbed.Core.Enterprises;

namespace Seedbed.Core.Data;

/// <summary>
/// Jurisdiction and enterprise scoping in one place: global query filters on enterprises and everything that belongs to
/// one, and a save guard that refuses writes outside the scope.
/// </summary>
public partial class SeedbedDb
{
    private AccessScope _scope = AccessScope.Everything;

    /// <summary>The session's scope; set by <see cref="SeedbedDbFactory"/> for every new context.</summary>
    public AccessScope Scope
    {
        get => _scope;
        set
        {
            _scope = value;
            ScopeAll = value.All;
            ScopeJurisdictions = [.. value.JurisdictionIds];
            ScopeEnterprises = [.. value.EnterpriseIds];
        }
    }

    // read by the query filters (EF parameterises context members per query)
    internal bool ScopeAll { get; private set; } = true;
    internal List<int> ScopeJurisdictions { get; private set; } = [];
    internal List<int> ScopeEnterprises { get; private set; } = [];

    private void ConfigureScope(ModelBuilder b)
    {
        b.Entity<Enterprise>().HasQueryFilter(e => ScopeAll || ScopeJurisdictions.Contains(e.JurisdictionId) || ScopeEnterprises.Contains(e.Id));
        b.Entity<FiscalYear>().HasQueryFilter(x => ScopeAll || Enterprises.Any(e => e.Id == x.EnterpriseId));
        b.Entity<IpItem>().HasQueryFilter(x => ScopeAll || Enterprises.Any(e => e.Id == x.EnterpriseId));
        b.Entity<Qualification>().HasQueryFilter(x => ScopeAll || Enterprises.Any(e => e.Id == x.EnterpriseId));
        b.Entity<Incident>().HasQueryFilter(x => ScopeAll || Enterprises.Any(e => e.Id == x.EnterpriseId));
        b.Entity<StandardDrafting>().HasQueryFilter(x => ScopeAll || Enterprises.Any(e => e.Id == x.EnterpriseId));
        b.Entity<Award>().HasQueryFilter(x => ScopeAll || Enterprises.Any(e => e.Id == x.EnterpriseId));
        b.Entity<RdInstitution>().HasQueryFilter(x => ScopeAll || Enterprises.Any(e => e.Id == x.EnterpriseId));
        b.Entity<ChangeRecord>().HasQueryFilter(x => ScopeAll || Enterprises.Any(e => e.Id == x.EnterpriseId));
        b.Entity<Assessment.Evaluation>().HasQueryFilter(x => ScopeAll || Enterprises.Any(e => e.Id == x.EnterpriseId));
    }

    /// <summary>Refuses any write that touches an enterprise outside the scope (before anything is sent to the database).</summary>
    private void GuardScope()
    {
        if (ScopeAll) return;
        bool InScope(int jurisdictionId, int enterpriseId) => ScopeJurisdictions.Contains(jurisdictionId) || ScopeEnterprises.Contains(enterpriseId);
        foreach (var e in ChangeTracker.Entries<Enterprise>())
        {
            if (e.State == EntityState.Unchanged || e.State == EntityState.Detached) continue;
            var original = e.State == EntityState.Added ? e.Entity.JurisdictionId : (int)e.Property(nameof(Enterprise.JurisdictionId)).OriginalValue!;
            if (!InScope(e.Entity.JurisdictionId, e.Entity.Id) || !InScope(original, e.Entity.Id) || (e.State == EntityState.Added && !ScopeJurisdictions.Contains(e.Entity.JurisdictionId)))
                throw new ScopeViolationException();
        }
        var visible = new HashSet<int>();
        foreach (var e in ChangeTracker.Entries().Where(x => x.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            // accounts point at an enterprise but are not its data (user management is for admins, by policy)
            if (e.Entity is Enterprise or Accounts.SeedbedUser || e.Metadata.FindProperty("EnterpriseId") is null) continue;
            if (e.Property("EnterpriseId").CurrentValue is not int id) continue;
            if (id <= 0 || visible.Contains(id)) continue; // new enterprise of this save: checked above
            if (!Enterprises.Any(x => x.Id == id)) throw new ScopeViolationException();
            visible.Add(id);
        }
    }
}
