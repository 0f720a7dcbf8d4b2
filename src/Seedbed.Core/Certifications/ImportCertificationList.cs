using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Core.Enterprises;
using Seedbed.Rules.Certifications;
using Seedbed.Rules.Registry;
using F = Seedbed.Core.Certifications.CertificationListReader;

namespace Seedbed.Core.Certifications;

/// <summary>
/// Imports a published list of certificates of one kind (.xlsx): every row is matched by USCC when given, otherwise by
/// exact name (trimmed, full-width parentheses made half-width), and reported (new, already recorded, unmatched,
/// ambiguous, duplicate, invalid). A dry run writes nothing. Otherwise the new rows are written in one transaction
/// with one <c>import</c> audit entry — and only when no cell is invalid, unless <see cref="ImportListOptions.ValidRowsOnly"/>.
/// </summary>
[UseCase]
public sealed class ImportCertificationList(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<ListImportResult> ExecuteAsync(Stream content, string fileName, string kind, ImportListOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!CertificationCalendar.Kinds.Contains(kind))
            throw new SeedbedValidationException("kind", $"认定类型“{kind}”无效，可选：{string.Join("、", CertificationCalendar.Kinds)}");
        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var sheet = buffer.Length >= 2 && buffer.GetBuffer() is [(byte)'P', (byte)'K', ..]
            ? F.Read(buffer)
            : new ListSheet("", [], [new InputIssue("", "文件不是有效的 Excel 工作簿（.xlsx）：请用 Excel 或 WPS 另存为 .xlsx 后再导入")], new HashSet<string>());
        if (sheet.FileIssues.Count > 0)
            return new ListImportResult { Kind = kind, FileName = fileName, DryRun = options.DryRun, FileRejected = true, Errors = sheet.FileIssues };

        await using var db = await factory.CreateDbContextAsync(ct);
        var today = GetDueLists.Today(db.UtcNow());
        var enterprises = await db.Enterprises.AsNoTracking()
            .Select(e => new Match(e.Id, e.Name, e.Uscc, e.Jurisdiction!.Name)).ToListAsync(ct);
        var byUscc = enterprises.ToDictionary(e => e.Uscc, StringComparer.Ordinal);
        var byName = enterprises.ToLookup(e => CertificationCalendar.NormalizeName(e.Name), StringComparer.Ordinal);
        var recorded = (await db.Qualifications.AsNoTracking().Where(q => q.Kind == kind).Select(q => new { q.EnterpriseId, q.Number }).ToListAsync(ct))
            .ToLookup(q => CertificationCalendar.NumberKey(q.Number), q => q.EnterpriseId, StringComparer.Ordinal);
        var names = enterprises.ToDictionary(e => e.Id, e => e.Name);

        var results = new List<ListRowResult>();
        var numbersSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var enterprisesSeen = new Dictionary<int, int>();
        foreach (var row in sheet.Rows)
        {
            var (input, issues) = Parse(row, kind, today);
            var name = F.Text(row.Values.GetValueOrDefault(F.Name));
            var uscc = F.Text(row.Values.GetValueOrDefault(F.Uscc))?.ToUpperInvariant();
            ListRowResult Result(ListRowStatus s, Match? m, string message, IReadOnlyList<InputIssue>? rowIssues = null) =>
                new(row.RowNumber, name, uscc, input.Number, input.IssuedOn, input.ExpiresOn, s, m?.Id, m?.Name, m?.Jurisdiction, message, rowIssues ?? []);
            if (issues.Count > 0) { results.Add(Result(ListRowStatus.Invalid, null, string.Join("；", issues.Select(i => i.ToString())), issues)); continue; }

            var key = CertificationCalendar.NumberKey(input.Number!);
            if (numbersSeen.TryGetValue(key, out var firstRow)) { results.Add(Result(ListRowStatus.Duplicate, null, $"与第{firstRow}行证书编号相同，已跳过")); continue; }
            numbersSeen[key] = row.RowNumber;

            Match? match;
            if (uscc is not null)
            {
                if (!byUscc.TryGetValue(uscc, out match)) { results.Add(Result(ListRowStatus.Unmatched, null, $"企业库中没有统一社会信用代码为{uscc}的企业")); continue; }
            }
            else
            {
                var found = byName[CertificationCalendar.NormalizeName(name!)].ToList();
                if (found.Count == 0) { results.Add(Result(ListRowStatus.Unmatched, null, $"企业库中没有名称为“{name}”的企业")); continue; }
                if (found.Count > 1)
                {
                    results.Add(Result(ListRowStatus.Ambiguous, null,
                        $"名称“{name}”匹配到{found.Count}家企业（{string.Join("、", found.Select(f => f.Uscc))}），请在名单中填写统一社会信用代码"));
                    continue;
                }
                match = found[0];
            }
            if (enterprisesSeen.TryGetValue(match.Id, out var sameRow)) { results.Add(Result(ListRowStatus.Duplicate, match, $"与第{sameRow}行为同一企业，已跳过")); continue; }
            enterprisesSeen[match.Id] = row.RowNumber;
            var holders = recorded[key].ToList();
            if (holders.Contains(match.Id)) { results.Add(Result(ListRowStatus.AlreadyRecorded, match, "该证书已登记，跳过")); continue; }
            if (holders.Count > 0)
            {
                var issue = new InputIssue(row.Locate(F.Number), $"证书编号{input.Number}已登记在企业“{names[holders[0]]}”名下");
                results.Add(Result(ListRowStatus.Invalid, match, issue.Message, [issue]));
                continue;
            }
            results.Add(Result(ListRowStatus.New, match, "新增"));
        }

        var errors = results.SelectMany(r => r.Issues).ToList();
        var invalid = results.Any(r => r.Status == ListRowStatus.Invalid);
        var write = !options.DryRun && (!invalid || options.ValidRowsOnly);
        var created = 0;
        if (write)
        {
            db.Actor = options.Actor;
            db.ChangeSource = $"认定名单导入 {fileName}";
            foreach (var r in results.Where(r => r.Status == ListRowStatus.New))
            {
                db.Qualifications.Add(new Qualification
                {
                    EnterpriseId = r.EnterpriseId!.Value, Kind = kind, Number = r.Number!, IssuedOn = r.IssuedOn!.Value,
                    ExpiresOn = r.ExpiresOn ?? CertificationCalendar.DefaultExpiry(kind, r.IssuedOn.Value),
                });
                created++;
            }
            var counts = string.Join("，", Enum.GetValues<ListRowStatus>().Select(s => $"{StatusName(s)} {results.Count(r => r.Status == s)} 行"));
            db.AuditQueue.Add(new Audit.AuditEntry(db.Auditor, "import", $"file:{fileName}", "success",
                $"认定名单（{SaveCertification.KindName(kind)}）：{counts}"));
            await db.SaveChangesAsync(ct); // one transaction: the certificates, their history and the audit entries
        }
        var unmatched = results.Where(r => r.Status is ListRowStatus.Unmatched or ListRowStatus.Ambiguous).ToList();
        return new ListImportResult
        {
            Kind = kind, FileName = fileName, DryRun = options.DryRun, Written = write, Created = created, Rows = results, Errors = errors,
            UnmatchedWorkbook = unmatched.Count == 0 ? null : UnmatchedWorkbook(unmatched),
        };
    }

    /// <summary>The cells of one row as a certificate, with every wrong cell as sheet!cell + reason.</summary>
    private static (CertificationInput Input, List<InputIssue> Issues) Parse(ListRow row, string kind, DateOnly today)
    {
        var issues = new List<InputIssue>();
        var name = F.Text(row.Values.GetValueOrDefault(F.Name));
        if (name is null) issues.Add(new(row.Locate(F.Name), "企业名称不能为空"));
        var uscc = F.Text(row.Values.GetValueOrDefault(F.Uscc))?.ToUpperInvariant();
        if (uscc is not null && Uscc.Validate(uscc) is { } usccError) issues.Add(new(row.Locate(F.Uscc), usccError));
        var issued = F.Date(row.Values.GetValueOrDefault(F.IssuedOn), out var badIssued);
        var expires = F.Date(row.Values.GetValueOrDefault(F.ExpiresOn), out var badExpires);
        var input = new CertificationInput { Kind = kind, Number = F.Text(row.Values.GetValueOrDefault(F.Number)), IssuedOn = issued, ExpiresOn = expires };
        if (badIssued) issues.Add(new(row.Locate(F.IssuedOn), $"发证日期“{F.Text(row.Values[F.IssuedOn])}”不是有效日期，应为 YYYY-MM-DD（如 2023-12-08）"));
        if (badExpires) issues.Add(new(row.Locate(F.ExpiresOn), $"有效期至“{F.Text(row.Values[F.ExpiresOn])}”不是有效日期，应为 YYYY-MM-DD（如 2026-12-07）"));
        foreach (var i in SaveCertification.Check(input, today))
        {
            if (i.Location == "issuedOn" && badIssued) continue;
            issues.Add(new(row.Locate(i.Location), i.Message));
        }
        return (input, issues);
    }

    public static string StatusName(ListRowStatus s) => s switch
    {
        ListRowStatus.New => "新增", ListRowStatus.AlreadyRecorded => "已登记", ListRowStatus.Unmatched => "未匹配",
        ListRowStatus.Ambiguous => "重名", ListRowStatus.Duplicate => "重复", _ => "无效",
    };

    private static byte[] UnmatchedWorkbook(List<ListRowResult> rows)
    {
        using var ms = new MemoryStream();
        ms.SaveAs(rows.Select(r => new Dictionary<string, object?>
        {
            ["行号"] = r.Row, ["企业名称"] = r.Name, ["统一社会信用代码"] = r.Uscc, ["证书编号"] = r.Number,
            ["发证日期"] = r.IssuedOn is { } i ? SaveCertification.Fmt(i) : null, ["有效期至"] = r.ExpiresOn is { } e ? SaveCertification.Fmt(e) : null,
            ["原因"] = r.Message,
        }), sheetName: "未匹配");
        return ms.ToArray();
    }

    private sealed record Match(int Id, string Name, string Uscc, string Jurisdiction);
}
