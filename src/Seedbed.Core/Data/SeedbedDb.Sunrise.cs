using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Sunrise;

namespace Seedbed.Core.Data;

/// <summary>The Sunrise programme (旭日计划2.0): calls, applications, reviews, support items, quarterly returns.</summary>
public partial class SeedbedDb
{
    public DbSet<SunriseCall> SunriseCalls => Set<SunriseCall>();
    public DbSet<SunriseApplication> SunriseApplications => Set<SunriseApplication>();
    public DbSet<SunriseReview> SunriseReviews => Set<SunriseReview>();
    public DbSet<SunriseSupportItem> SunriseSupportItems => Set<SunriseSupportItem>();
    public DbSet<SunriseReturn> SunriseReturns => Set<SunriseReturn>();

    private static readonly ValueConverter<decimal, long> SunriseFen = new(v => (long)(v * 100m), v => v / 100m);
    private static readonly ValueConverter<decimal?, long?> SunriseFenOrNull = new(v => v == null ? null : (long)(v.Value * 100m), v => v == null ? null : v.Value / 100m);
    /// <summary>Growth percent with one decimal, stored as tenths.</summary>
    private static readonly ValueConverter<decimal?, long?> Tenths = new(v => v == null ? null : (long)(v.Value * 10m), v => v == null ? null : v.Value / 10m);

    private void ConfigureSunrise(ModelBuilder b)
    {
        b.Entity<SunriseCall>(e =>
        {
            e.HasIndex(x => x.Year);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.ScorecardId).HasMaxLength(60);
            e.Property(x => x.Status).HasMaxLength(20);
        });
        b.Entity<SunriseApplication>(e =>
        {
            e.HasIndex(x => new { x.CallId, x.EnterpriseId }).IsUnique();
            e.HasIndex(x => x.EnterpriseId);
            e.HasOne<SunriseCall>().WithMany().HasForeignKey(x => x.CallId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Reviews).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.SupportItems).WithOne().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.EnterpriseName).HasMaxLength(200);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.AppliedBy).HasMaxLength(100);
            e.Property(x => x.QualificationNumber).HasMaxLength(40);
            e.Property(x => x.Revenue).HasConversion(SunriseFenOrNull);
            e.Property(x => x.RdExpense).HasConversion(SunriseFenOrNull);
            e.Property(x => x.Financing).HasConversion(SunriseFenOrNull);
            e.Property(x => x.RevenueGrowth).HasConversion(Tenths);
            e.HasQueryFilter(x => ScopeAll || Enterprises.Any(en => en.Id == x.EnterpriseId));
        });
        b.Entity<SunriseReview>(e =>
        {
            e.HasIndex(x => new { x.ApplicationId, x.ReviewerUserName }).IsUnique();
            e.HasIndex(x => x.ReviewerUserName);
            e.Property(x => x.ReviewerUserName).HasMaxLength(256);
            e.Property(x => x.ReviewerDisplayName).HasMaxLength(100);
            e.Property(x => x.ScoresJson).HasMaxLength(2000);
            e.Property(x => x.Comment).HasMaxLength(1000);
        });
        b.Entity<SunriseSupportItem>(e =>
        {
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Amount).HasConversion(SunriseFen);
        });
        b.Entity<SunriseReturn>(e =>
        {
            e.HasIndex(x => new { x.EnterpriseId, x.Year, x.Quarter }).IsUnique();
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.EnteredBy).HasMaxLength(100);
            foreach (var p in new[] { nameof(SunriseReturn.Revenue), nameof(SunriseReturn.RdExpense), nameof(SunriseReturn.Financing) })
                e.Property(p).HasConversion(SunriseFen);
            e.HasQueryFilter(x => ScopeAll || Enterprises.Any(en => en.Id == x.EnterpriseId));
        });
    }
}
