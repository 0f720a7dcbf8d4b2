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
        db.Settings.Add(new AppSetting { Key = SettingKey, Value = "true" });
        db.AuditQueue.Add(new Audit.AuditEntry(db.Auditor, "import", "demo-district", "success", $"演示数据 {enterprises.Count} 家企业"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>True when the demo district was loaded into this database.</summary>
    public static Task<bool> IsLoadedAsync(SeedbedDb db, CancellationToken ct = default) =>
        db.Settings.AnyAsync(s => s.Key == SettingKey, ct);
}
