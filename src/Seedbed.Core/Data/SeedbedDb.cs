using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Seedbed.Core.Enterprises;

namespace Seedbed.Core.Data;

/// <summary>
/// The one EF Core model. Used directly by the use cases (no repositories). Provider-specific subclasses
/// (<see cref="SqliteSeedbedDb"/>, <see cref="PostgresSeedbedDb"/>) exist only so that each provider has its own
/// migrations set; create contexts through <see cref="Microsoft.EntityFrameworkCore.IDbContextFactory{SeedbedDb}"/>.
/// </summary>
public partial class SeedbedDb(DbContextOptions options)
    : Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext<Accounts.SeedbedUser, Microsoft.AspNetCore.Identity.IdentityRole, string>(options)
{
    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<FiscalYear> FiscalYears => Set<FiscalYear>();
    public DbSet<IpItem> IpItems => Set<IpItem>();
    public DbSet<Qualification> Qualifications => Set<Qualification>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<StandardDrafting> Standards => Set<StandardDrafting>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<RdInstitution> RdInstitutions => Set<RdInstitution>();
    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();
    public DbSet<AppSetting> Settings => Set<AppSetting>();
    public DbSet<Audit.AuditRecord> AuditRecords => Set<Audit.AuditRecord>();
    public DbSet<Accounts.ServiceAssignment> ServiceAssignments => Set<Accounts.ServiceAssignment>();
    public DbSet<Accounts.ApiToken> ApiTokens => Set<Accounts.ApiToken>();
    public DbSet<Assessment.Evaluation> Evaluations => Set<Assessment.Evaluation>();

    /// <summary>Money is stored as whole fen (long) so that SQLite sorts and compares it correctly.</summary>
    private static readonly ValueConverter<decimal, long> Fen = new(v => (long)(v * 100m), v => v / 100m);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder); // Identity tables
        var b = builder;
        b.Entity<Accounts.SeedbedUser>(e =>
        {
            e.Property(x => x.DisplayName).HasMaxLength(100);
            e.Property(x => x.Role).HasMaxLength(40);
            e.HasOne<Jurisdiction>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Accounts.ServiceAssignment>(e =>
        {
            e.HasIndex(x => new { x.OfficerId, x.EnterpriseId }).IsUnique();
            e.HasIndex(x => x.EnterpriseId);
            e.Property(x => x.OfficerId).HasMaxLength(450);
            e.HasOne<Accounts.SeedbedUser>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Accounts.ApiToken>(e =>
        {
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.Property(x => x.Prefix).HasMaxLength(16);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.HasOne<Accounts.SeedbedUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Jurisdiction>(e =>
        {
            e.HasIndex(x => x.Name).IsUnique();
            e.Property(x => x.Name).HasMaxLength(50);
        });
        b.Entity<Enterprise>(e =>
        {
            e.HasIndex(x => x.Uscc).IsUnique();
            e.HasIndex(x => x.Name);
            e.HasIndex(x => x.JurisdictionId);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.HightechField).HasMaxLength(10);
            e.Property(x => x.TechAdvancementGrade).HasMaxLength(1);
            e.Property(x => x.CoreSupportGrade).HasMaxLength(1);
            e.HasOne(x => x.Jurisdiction).WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Years).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.IpItems).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Qualifications).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Incidents).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Standards).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Awards).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.RdInstitutions).WithOne().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<FiscalYear>(e =>
        {
            e.HasIndex(x => new { x.EnterpriseId, x.Year }).IsUnique();
            foreach (var p in new[] { nameof(FiscalYear.SalesRevenue), nameof(FiscalYear.TotalIncome), nameof(FiscalYear.HightechIncome),
                         nameof(FiscalYear.RdExpense), nameof(FiscalYear.RdExpenseDomestic), nameof(FiscalYear.TotalCostAndExpense),
                         nameof(FiscalYear.NetAssets), nameof(FiscalYear.TotalAssets), nameof(FiscalYear.IncomeTax) })
                e.Property(p).HasConversion(Fen);
        });
        b.Entity<IpItem>(e =>
        {
            e.HasIndex(x => new { x.EnterpriseId, x.Kind, x.Number }).IsUnique();
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Number).HasMaxLength(100);
        });
        b.Entity<Qualification>(e =>
        {
            e.HasIndex(x => new { x.EnterpriseId, x.Kind, x.Number }).IsUnique();
            e.HasIndex(x => new { x.Kind, x.IssuedOn });
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Number).HasMaxLength(100);
        });
        b.Entity<ChangeRecord>(e =>
        {
            e.HasIndex(x => new { x.EnterpriseId, x.At });
            e.Property(x => x.OldValue).HasMaxLength(2000);
            e.Property(x => x.NewValue).HasMaxLength(2000);
        });
        b.Entity<Assessment.Evaluation>(e =>
        {
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.EnterpriseId, x.RuleSetId, x.CreatedAt });
            e.HasIndex(x => new { x.RuleSetId, x.AsOf, x.RunId });
            e.Property(x => x.RuleSetId).HasMaxLength(40);
            e.Property(x => x.Verdict).HasMaxLength(20);
            e.Property(x => x.Route).HasMaxLength(10);
            e.Property(x => x.RunId).HasMaxLength(40);
            e.Property(x => x.FailedConditions).HasMaxLength(1000);
            e.Property(x => x.ResultJson).HasColumnType("text");
            e.Property(x => x.FactsJson).HasColumnType("text");
        });
        b.Entity<Audit.AuditRecord>(e =>
        {
            e.HasIndex(x => x.Sequence).IsUnique();
            e.HasIndex(x => new { x.User, x.At });
            e.HasIndex(x => new { x.Target, x.At });
            e.HasIndex(x => new { x.Action, x.At });
            e.Property(x => x.User).HasMaxLength(100);
            e.Property(x => x.Role).HasMaxLength(50);
            e.Property(x => x.Ip).HasMaxLength(64);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.Target).HasMaxLength(200);
            e.Property(x => x.Result).HasMaxLength(20);
            e.Property(x => x.Detail).HasColumnType("text");
            e.Property(x => x.PrevHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
        });
        ConfigureScope(b);
        ConfigurePools(b);
        ConfigureSunrise(b);
        ConfigurePlans(b);
        b.Entity<AppSetting>(e =>
        {
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(100);
        });
    }
}

/// <summary>Small key/value store for installation facts (e.g. that the demo district was loaded).</summary>
public class AppSetting
{
    public required string Key { get; set; }
    public string? Value { get; set; }
}
