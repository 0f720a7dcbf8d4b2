using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Certifications;
using Seedbed.Core.Data;
using Seedbed.Rules.Certifications;

namespace Seedbed.Cli;

/// <summary><c>seedbed certifications import &lt;file.xlsx&gt; --kind hnte [--dry-run] [--valid-rows-only] [--unmatched out.xlsx]</c></summary>
internal static class CertificationsCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "认定名单（.xlsx）：企业名称、证书编号、发证日期，可含统一社会信用代码、有效期至" };
        var kind = new Option<string>("--kind") { Description = "认定类型：hnte, hz-hnte, zj-tech-sme, tech-sme", Required = true };
        kind.AcceptOnlyFromAmong([.. CertificationCalendar.Kinds]);
        var dryRun = new Option<bool>("--dry-run") { Description = "只预览匹配结果，不写入数据库" };
        var validOnly = new Option<bool>("--valid-rows-only") { Description = "有无效单元格时仍导入其余匹配到的新增行" };
        var unmatched = new Option<FileInfo?>("--unmatched") { Description = "未匹配行的输出文件（默认：<文件名>.unmatched.xlsx）" };
        var import = new Command("import", "导入认定名单：按统一社会信用代码或企业名称匹配企业，登记证书") { file, kind, dryRun, validOnly, unmatched };
        import.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var input = pr.GetValue(file)!;
            if (!input.Exists) { Console.Error.WriteLine($"错误：文件不存在：{input.FullName}"); return CliHost.InvalidInput; }
            await using var stream = input.OpenRead();
            var dry = pr.GetValue(dryRun);
            var r = await sp.GetRequiredService<ImportCertificationList>().ExecuteAsync(stream, input.Name, pr.GetValue(kind)!,
                new ImportListOptions { DryRun = dry, ValidRowsOnly = pr.GetValue(validOnly), Actor = CliHost.Actor }, token);
            if (r.FileRejected) { CliHost.PrintIssues(r.Errors); return CliHost.InvalidInput; }
            Console.WriteLine(string.Join("，", Enum.GetValues<ListRowStatus>().Select(s => $"{ImportCertificationList.StatusName(s)} {r.Count(s)} 行")));
            foreach (var row in r.Rows.Where(x => x.Status is not (ListRowStatus.New or ListRowStatus.Invalid)))
                Console.WriteLine($"  第{row.Row}行 {ImportCertificationList.StatusName(row.Status)}：{row.Name} {row.Number}（{row.Message}）");
            if (r.UnmatchedWorkbook is { } bytes)
            {
                var path = pr.GetValue(unmatched)?.FullName ?? Path.ChangeExtension(input.FullName, ".unmatched.xlsx");
                await File.WriteAllBytesAsync(path, bytes, token);
                Console.WriteLine($"未匹配的行已另存为：{path}");
            }
            Console.WriteLine(r.Written ? $"导入完成：新增 {r.Created} 条证书。"
                : dry ? "预览（--dry-run）：未写入数据库。" : "有无效单元格，未写入数据库（可加 --valid-rows-only 仅导入其余新增行）。");
            if (r.Errors.Count > 0) { CliHost.PrintIssues(r.Errors); return CliHost.InvalidInput; }
            return CliHost.Ok;
        }, ct));

        var asOf = new Option<string?>("--date") { Description = "截至日期 YYYY-MM-DD（默认今天，北京时间）" };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "属地名称" };
        var output = new Option<FileInfo>("-o", "--output") { Description = "输出文件（.xlsx）", Required = true };
        var due = new Command("due", "导出到期提醒（证书到期、高企年报、科小入库）为 Excel") { asOf, jurisdiction, output };
        due.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            DateOnly date;
            if (pr.GetValue(asOf) is { } s)
            {
                if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date))
                { Console.Error.WriteLine($"错误：日期“{s}”无效，应为 YYYY-MM-DD"); return CliHost.InvalidInput; }
            }
            else
            {
                await using var db = await sp.GetRequiredService<IDbContextFactory<SeedbedDb>>().CreateDbContextAsync(token);
                date = GetDueLists.Today(db.UtcNow());
            }
            var path = pr.GetValue(output)!.FullName;
            await using var f = File.Create(path);
            var lists = await sp.GetRequiredService<ExportDueLists>().ExecuteAsync(date, pr.GetValue(jurisdiction), f, token);
            Console.WriteLine($"截至 {date:yyyy-MM-dd}：证书到期 {lists.Expiring.Count} 条，高企年报 {lists.AnnualReports.Count} 条，科小入库 {lists.Registrations.Count} 条 → {path}");
            return CliHost.Ok;
        }, ct));
        return new Command("certifications", "认定管理：导入认定名单、导出到期提醒") { import, due };
    }
}
