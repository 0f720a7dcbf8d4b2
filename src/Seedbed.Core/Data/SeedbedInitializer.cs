using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Plans;

namespace Seedbed.Core.Data;

/// <summary>Brings a database to the current schema and seeds reference data (jurisdictions). Idempotent.</summary>
public sealed class SeedbedInitializer(IDbContextFactory<SeedbedDb> factory)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (db.Database.IsSqlite())
        {
            var cs = db.Database.GetConnectionString();
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(cs).DataSource;
            var dir = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await SeedJurisdictionsAsync(db, ct);
    }

    private static async Task SeedJurisdictionsAsync(SeedbedDb db, CancellationToken ct)
    {
        var existing = await db.Jurisdictions.Select(j => j.Name).ToListAsync(ct);
        var order = 0;
        foreach (var row in GongshuTargetTable.Jurisdictions)
        {
            order++;
            if (existing.Contains(row.Jurisdiction)) continue;
            db.Jurisdictions.Add(new Jurisdiction
            {
                Name = row.Jurisdiction, SortOrder = order,
                Kind = row.Jurisdiction == "园区" ? JurisdictionKind.Park : JurisdictionKind.Subdistrict,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
