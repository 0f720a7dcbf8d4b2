using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Plans;

namespace Seedbed.Core.Data;

/// <summary>Plans, their indicators and targets, hand-entered actuals, 考核 schemes and bulletins (docs/plan.md).
/// District-level data: not scoped by jurisdiction (the figures are aggregates; enterprise lists stay scoped).</summary>
public partial class SeedbedDb
{
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanIndicator> PlanIndicators => Set<PlanIndicator>();
    public DbSet<PlanTarget> PlanTargets => Set<PlanTarget>();
    public DbSet<IndicatorActual> IndicatorActuals => Set<IndicatorActual>();
    public DbSet<AssessmentScheme> AssessmentSchemes => Set<AssessmentScheme>();
    public DbSet<SchemeItem> SchemeItems => Set<SchemeItem>();
    public DbSet<Bulletin> Bulletins => Set<Bulletin>();

    private static void ConfigurePlans(ModelBuilder b)
    {
        // plan progress (Plans/MetricItems, docs/benchmarks.md "dashboard"): an enterprise's certificates of a kind by date
        // for the "first certificate" and "latest valid certificate" look-ups (without it SQLite scans every certificate of
        // the kind per certificate: minutes at 100,000 enterprises); the certificates and invention patents of a kind by
        // date with the columns counted, so that counting reads the index only (both cover their queries: with only one
        // covering, SQLite picks it for the look-up too and scans every certificate of the kind again)
        b.Entity<Qualification>().HasIndex(x => new { x.EnterpriseId, x.Kind, x.IssuedOn, x.ExpiresOn });
        b.Entity<Qualification>().HasIndex(x => new { x.Kind, x.IssuedOn, x.ExpiresOn, x.EnterpriseId });
        b.Entity<IpItem>().HasIndex(x => new { x.Kind, x.GrantedOn, x.EnterpriseId });
        b.Entity<Plan>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(60);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.SourceDocument).HasMaxLength(400);
            e.Property(x => x.IssuingOffice).HasMaxLength(100);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasMany(x => x.Indicators).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PlanIndicator>(e =>
        {
            e.HasIndex(x => new { x.PlanId, x.Code }).IsUnique();
            e.Property(x => x.Code).HasMaxLength(60);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Unit).HasMaxLength(20);
            e.Property(x => x.ActualSource).HasMaxLength(20);
            e.Property(x => x.Metric).HasMaxLength(60);
            e.Property(x => x.SourceClause).HasMaxLength(1000);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.HasMany(x => x.Targets).WithOne().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PlanTarget>(e =>
        {
            e.HasIndex(x => new { x.IndicatorId, x.Year, x.Jurisdiction, x.Kind }).IsUnique();
            e.Property(x => x.Jurisdiction).HasMaxLength(100);
            e.Property(x => x.Kind).HasMaxLength(10);
        });
        b.Entity<IndicatorActual>(e =>
        {
            e.HasIndex(x => new { x.IndicatorId, x.Year, x.Quarter, x.Jurisdiction });
            e.HasOne<PlanIndicator>().WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Jurisdiction).HasMaxLength(100);
            e.Property(x => x.Source).HasMaxLength(200);
            e.Property(x => x.EnteredBy).HasMaxLength(256);
        });
        b.Entity<AssessmentScheme>(e =>
        {
            e.HasIndex(x => x.PlanId);
            e.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.PeriodKind).HasMaxLength(10);
            e.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.SchemeId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<SchemeItem>(e =>
        {
            e.Property(x => x.IndicatorCode).HasMaxLength(60);
            e.Property(x => x.Rule).HasMaxLength(30);
        });
        b.Entity<Bulletin>(e =>
        {
            e.HasIndex(x => new { x.PlanId, x.Period });
            e.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Period).HasMaxLength(10);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Number).HasMaxLength(60);
            e.Property(x => x.GeneratedBy).HasMaxLength(256);
            e.Property(x => x.SnapshotJson).HasColumnType("text");
            e.Property(x => x.SnapshotSha256).HasMaxLength(64);
        });
    }
}
