using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Pipeline;

namespace Seedbed.Core.Data;

/// <summary>The cultivation pool (培育库): current tier, move history, proposals, intentions to apply. All scoped by enterprise.</summary>
public partial class SeedbedDb
{
    public DbSet<PoolMembership> PoolMemberships => Set<PoolMembership>();
    public DbSet<PoolMove> PoolMoves => Set<PoolMove>();
    public DbSet<PoolProposal> PoolProposals => Set<PoolProposal>();
    public DbSet<PoolIntention> PoolIntentions => Set<PoolIntention>();

    private void ConfigurePools(ModelBuilder b)
    {
        b.Entity<PoolMembership>(e =>
        {
            e.HasIndex(x => x.EnterpriseId).IsUnique();
            e.HasIndex(x => x.Tier);
            e.Property(x => x.Tier).HasMaxLength(20);
            e.Property(x => x.ExitReason).HasMaxLength(40);
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => ScopeAll || Enterprises.Any(en => en.Id == x.EnterpriseId));
        });
        b.Entity<PoolMove>(e =>
        {
            e.HasIndex(x => new { x.EnterpriseId, x.On });
            e.HasIndex(x => new { x.ToTier, x.On });
            e.Property(x => x.FromTier).HasMaxLength(20);
            e.Property(x => x.ToTier).HasMaxLength(20);
            e.Property(x => x.ExitReason).HasMaxLength(40);
            e.Property(x => x.Actor).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(4000);
            e.Property(x => x.RulesId).HasMaxLength(60);
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => ScopeAll || Enterprises.Any(en => en.Id == x.EnterpriseId));
        });
        b.Entity<PoolProposal>(e =>
        {
            e.HasIndex(x => new { x.Status, x.EnterpriseId });
            e.HasIndex(x => x.EnterpriseId);
            e.Property(x => x.FromTier).HasMaxLength(20);
            e.Property(x => x.ToTier).HasMaxLength(20);
            e.Property(x => x.ExitReason).HasMaxLength(40);
            e.Property(x => x.Status).HasMaxLength(20);
            e.Property(x => x.Reasons).HasMaxLength(4000);
            e.Property(x => x.RulesId).HasMaxLength(60);
            e.Property(x => x.CreatedBy).HasMaxLength(100);
            e.Property(x => x.DecidedBy).HasMaxLength(100);
            e.Property(x => x.DecisionReason).HasMaxLength(1000);
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => ScopeAll || Enterprises.Any(en => en.Id == x.EnterpriseId));
        });
        b.Entity<PoolIntention>(e =>
        {
            e.HasIndex(x => new { x.EnterpriseId, x.Year }).IsUnique();
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.Property(x => x.Source).HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(500);
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => ScopeAll || Enterprises.Any(en => en.Id == x.EnterpriseId));
        });
    }
}
