using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Core.Enterprises;

namespace Seedbed.Core.Intake;

/// <summary>Writes the enterprises matching a filter as an import workbook (.xlsx); returns how many were written.</summary>
/// <remarks>The workbook is written sheet by sheet; each sheet reads the enterprises again in chunks of <see cref="ChunkSize"/>
/// (ordered by USCC) with only the child collection it needs, so memory stays bounded for a large registry.</remarks>
[UseCase]
public sealed class ExportEnterprises(IDbContextFactory<SeedbedDb> factory)
{
    public const int ChunkSize = 500;
    public const string Stage = "导出";

    public async Task<int> ExecuteAsync(EnterpriseFilter filter, Stream output, IProgress<IntakeProgress>? progress = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var ids = await filter.Apply(db).OrderBy(e => e.Uscc).Select(e => e.Id).ToListAsync(ct);
        var names = await db.Jurisdictions.AsNoTracking().ToDictionaryAsync(j => j.Id, j => j.Name, ct);
        var sheets = IntakeLayout.Sheets.Count;
        var done = 0;
        progress?.Report(new(Stage, 0, ids.Count * sheets));

        IEnumerable<DossierEnterprise> Source(RecordKind kind)
        {
            foreach (var chunk in ids.Chunk(ChunkSize))
            {
                ct.ThrowIfCancellationRequested();
                var batch = Load(db, kind, chunk).OrderBy(e => e.Uscc).ToList();
                foreach (var e in batch) yield return DossierMapper.ToDossier(e, names.GetValueOrDefault(e.JurisdictionId, ""));
                db.ChangeTracker.Clear();
                done += chunk.Length;
                progress?.Report(new(Stage, done, ids.Count * sheets));
            }
        }

        // MiniExcel writes synchronously: write to a temporary file, then copy asynchronously (HTTP responses forbid synchronous writes).
        var path = Path.GetTempFileName();
        await using (var temp = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose))
        {
            DossierWorkbook.Write(temp, Source);
            temp.Position = 0;
            // a confidential list leaves the system: audited (who, how many, which filter) before it is sent
            db.ChangeTracker.Clear();
            db.AuditQueue.Add(new Audit.AuditEntry(db.Auditor, "export", "enterprises", "success",
                $"导出企业 {ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} 家；筛选：{filter}"));
            await db.SaveChangesAsync(ct);
            await temp.CopyToAsync(output, ct);
        }
        return ids.Count;
    }

    private static IQueryable<Enterprise> Load(SeedbedDb db, RecordKind kind, int[] chunk)
    {
        var q = db.Enterprises.AsNoTracking().Where(e => chunk.Contains(e.Id));
        return kind switch
        {
            RecordKind.Enterprise => q,
            RecordKind.Year => q.Include(e => e.Years),
            RecordKind.Ip => q.Include(e => e.IpItems),
            RecordKind.Qualification => q.Include(e => e.Qualifications),
            RecordKind.Incident => q.Include(e => e.Incidents),
            RecordKind.Standard => q.Include(e => e.Standards),
            RecordKind.Award => q.Include(e => e.Awards),
            RecordKind.RdInstitution => q.Include(e => e.RdInstitutions),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }
}
