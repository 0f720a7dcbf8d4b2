using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Core.Intake;

namespace Seedbed.Core.Demo;

/// <summary>Loads the deterministic demo district (about 1,500 enterprises). Returns false when the registry is not empty.</summary>
[UseCase]
public sealed class LoadDemoDistrict(IDbContextFactory<SeedbedDb> factory)
{
    public const string SettingKey = "demo.loaded";
    private const int Batch = 250;

    public async Task<bool> ExecuteAsync(IProgress<IntakeProgress>? progress = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.Enterprises.AnyAsync(ct)) return false;
        var ids = await db.Jurisdictions.ToDictionaryAsync(j => j.Name, j => j.Id, ct);
        var enterprises = DemoDistrict.Generate(ids);
        db.TrackHistory = false;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        for (var i = 0; i < enterprises.Count; i += Batch)
        {
            db.Enterprises.AddRange(enterprises.Skip(i).Take(Batch));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            progress?.Report(new IntakeProgress("写入演示数据", Math.Min(i + Batch, enterprises.Count), enterprises.Count));
        }
        db.PoolIntentions.AddRange(DemoIntentions(enterprises));
        db.Settings.Add(new AppSetting { Key = SettingKey, Value = "true" });
        db.AuditQueue.Add(new Audit.AuditEntry(db.Auditor, "import", "demo-district", "success", $"演示数据 {enterprises.Count} 家企业"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Intentions to apply (申报意愿) for 2019–2021, deterministic: most enterprises paying ≥ ¥100,000 income tax in the
    /// previous year say they intend to apply, a few others too (so the reserve pool's income-tax route has members).
    /// </summary>
    internal static List<Pipeline.PoolIntention> DemoIntentions(IReadOnlyList<Enterprises.Enterprise> enterprises)
    {
        var r = new Random(DemoDistrict.Seed + 17);
        var list = new List<Pipeline.PoolIntention>();
        foreach (var e in enterprises.OrderBy(e => e.Uscc, StringComparer.Ordinal))
            for (var year = DemoDistrict.LastYear - 1; year <= DemoDistrict.LastYear + 1; year++)
            {
                var tax = e.Years.FirstOrDefault(y => y.Year == year - 1)?.IncomeTax ?? 0;
                if (r.NextDouble() < (tax >= 100_000 ? 0.6 : 0.1))
                    list.Add(new Pipeline.PoolIntention
                    {
                        EnterpriseId = e.Id, Year = year, RecordedAt = new DateTime(year, 1, 15, 2, 0, 0, DateTimeKind.Utc),
                        RecordedBy = "演示数据", Source = "demo",
                    });
            }
        return list;
    }

    /// <summary>True when the demo district was loaded into this database.</summary>
    public static Task<bool> IsLoadedAsync(SeedbedDb db, CancellationToken ct = default) =>
        db.Settings.AnyAsync(s => s.Key == SettingKey, ct);
}
