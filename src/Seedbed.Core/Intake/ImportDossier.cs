using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Core.Enterprises;

namespace Seedbed.Core.Intake;

/// <summary>Imports a dossier (.json or .xlsx) into the registry: validate everything, then upsert by USCC in one transaction.</summary>
[UseCase]
public sealed class ImportDossier(IDbContextFactory<SeedbedDb> factory)
{
    public const int ChunkSize = 500;
    public const string StageRead = "读取", StageValidate = "校验", StageWrite = "写入";

    public async Task<ImportResult> ExecuteAsync(Stream content, string fileName, ImportOptions options, CancellationToken ct = default)
    {
        var progress = options.Progress;
        progress?.Report(new(StageRead, 0, 0));
        var raw = await ReadAsync(content, fileName, progress, ct);
        if (raw.FileIssues.Count > 0) return new ImportResult { Errors = raw.FileIssues };
        progress?.Report(new(StageRead, raw.Records.Count, raw.Records.Count));

        await using var db = await factory.CreateDbContextAsync(ct);
        var jurisdictions = await db.Jurisdictions.AsNoTracking().ToDictionaryAsync(j => j.Name, j => j.Id, StringComparer.Ordinal, ct);
        var existing = await ExistingUsccsAsync(db, raw, ct);
        IntakeValidator.Validate(raw, jurisdictions.Keys.ToHashSet(StringComparer.Ordinal), existing,
            (done, total) => progress?.Report(new(StageValidate, done, total)));
        var issues = IntakeValidator.Issues(raw);
        if (issues.Count > 0 && !options.ValidRowsOnly) return new ImportResult { Errors = issues };

        var (accepted, rejected) = IntakeValidator.Split(raw);
        var units = IntakeValidator.Assemble(accepted);
        db.Actor = options.Actor;
        db.ChangeSource = $"导入 {fileName}";
        int created = 0, updated = 0, unchanged = 0, changes = 0;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            progress?.Report(new(StageWrite, 0, units.Count));
            foreach (var chunk in units.Chunk(ChunkSize))
            {
                var usccs = chunk.Select(u => u.Uscc).ToList();
                var loaded = await db.Enterprises.Where(e => usccs.Contains(e.Uscc))
                    .Include(e => e.Years).Include(e => e.IpItems).Include(e => e.Qualifications).Include(e => e.Incidents)
                    .Include(e => e.Standards).Include(e => e.Awards).Include(e => e.RdInstitutions)
                    .AsSplitQuery().ToDictionaryAsync(e => e.Uscc, StringComparer.Ordinal, ct);
                foreach (var u in chunk)
                {
                    int? jid = u.HasHead ? jurisdictions[u.Data.Jurisdiction] : null;
                    if (loaded.TryGetValue(u.Uscc, out var entity))
                    {
                        if (DossierUpsert.Apply(entity, u.Data, jid, raw.SelfAssessmentAbsent)) updated++;
                        else unchanged++;
                    }
                    else
                    {
                        // validation guarantees a head row for enterprises not in the database
                        db.Enterprises.Add(DossierMapper.ToEntity(u.Data, jid ?? throw new InvalidOperationException($"企业 {u.Uscc} 不存在")));
                        created++;
                    }
                }
                await db.SaveChangesAsync(ct);
                changes += db.ChangeTracker.Entries<ChangeRecord>().Count();
                db.ChangeTracker.Clear();
                progress?.Report(new(StageWrite, created + updated + unchanged, units.Count));
            }
            db.AuditQueue.Add(new Audit.AuditEntry(db.Auditor, "import", $"file:{fileName}", "success",
                $"新增 {created} 家，更新 {updated} 家，未变化 {unchanged} 家，拒绝 {rejected.Count} 行"));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        return new ImportResult
        {
            Written = true, EnterprisesCreated = created, EnterprisesUpdated = updated, EnterprisesUnchanged = unchanged,
            ChangesRecorded = changes, Errors = issues, RejectedRows = rejected.Count,
            RejectedWorkbook = rejected.Count == 0 ? null : RejectedWorkbook(rejected, raw.SelfAssessmentAbsent),
        };
    }

    /// <summary>Detects the format from the content (zip signature → .xlsx, '{' → JSON), whatever the file name says.</summary>
    private static async Task<RawDossier> ReadAsync(Stream content, string fileName, IProgress<IntakeProgress>? progress, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var head = buffer.ToArray().AsSpan(0, (int)Math.Min(buffer.Length, 64));
        if (head is [(byte)'P', (byte)'K', ..])
            return DossierWorkbook.ReadRaw(buffer, n => progress?.Report(new(StageRead, n, n)));
        var start = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        if (start < head.Length && head[start] == (byte)'{') return DossierJson.ReadRaw(buffer);
        var raw = new RawDossier();
        raw.FileIssues.Add(new("", head is [0xD0, 0xCF, 0x11, 0xE0, ..]
            ? "不支持旧版 Excel 文件（.xls）：请在 Excel 中另存为 .xlsx 后再导入"
            : Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".xlsx" => "文件不是有效的 Excel 工作簿（.xlsx）：内容无法识别，请用 Excel 或 WPS 重新保存为 .xlsx",
                ".json" => "文件不是有效的 JSON 数据包（seedbed.dossier/1）：内容须以 { 开头",
                _ => "无法识别的文件格式：请导入 Excel 工作簿（.xlsx）或 JSON 数据包（seedbed.dossier/1）",
            }));
        return raw;
    }

    /// <summary>USCCs of child rows that have no enterprise row in the file and do exist in the database.</summary>
    private static async Task<HashSet<string>> ExistingUsccsAsync(SeedbedDb db, RawDossier raw, CancellationToken ct)
    {
        var heads = raw.Records.Where(r => r.Kind == RecordKind.Enterprise && r.Uscc is not null).Select(r => r.Uscc!).ToHashSet(StringComparer.Ordinal);
        var wanted = raw.Records.Where(r => r.Kind != RecordKind.Enterprise && r.Uscc is { } u && !heads.Contains(u))
            .Select(r => r.Uscc!).Distinct(StringComparer.Ordinal).ToList();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in wanted.Chunk(ChunkSize))
            found.UnionWith(await db.Enterprises.Where(e => chunk.Contains(e.Uscc)).Select(e => e.Uscc).ToListAsync(ct));
        return found;
    }

    private static byte[] RejectedWorkbook(List<(RawRecord Record, string Reason)> rejected, bool omitSelfAssessment)
    {
        var byKind = rejected.ToLookup(x => x.Record.Kind);
        using var ms = new MemoryStream();
        DossierWorkbook.WriteSheets(ms, sheet => byKind[sheet.Kind].Select(x => WorkbookCells.FromRaw(x.Record, x.Reason)),
            withErrors: true, omitOptional: omitSelfAssessment);
        return ms.ToArray();
    }
}
