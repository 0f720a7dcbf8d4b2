using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Common;
using Seedbed.Core.Data;
using Seedbed.Core.Plans;

namespace Seedbed.Cli;

/// <summary>
/// <c>seedbed bulletin --period &lt;2019|2019Q3&gt; --output &lt;file.xlsx|file.pdf&gt; [--plan &lt;code&gt;] [--new]</c>: writes the latest
/// bulletin of the period from its stored snapshot, or issues one (a new snapshot) when there is none or with --new.
/// Exit 2 on a bad period, no plan or an unknown extension; the output file appears only when complete.
/// </summary>
internal static class BulletinCommand
{
    public static Command Create()
    {
        var period = new Option<string>("--period") { Description = "考核期间：年度（如 2019）或季度（如 2019Q3）", Required = true };
        var output = new Option<FileInfo>("--output", "-o") { Description = "输出文件：.xlsx（Excel）或 .pdf（A4）", Required = true };
        var plan = new Option<string?>("--plan") { Description = "计划代码（如 gongshu-2018-2020）；不填为启用的计划" };
        var issueNew = new Option<bool>("--new") { Description = "按当前数据签发一期新通报（新的数据快照和文号），而不是重新输出最近一期" };
        var cmd = new Command("bulletin", "输出某期通报（.xlsx 或 .pdf）：默认输出该期最近一次签发的通报（按当时的数据快照），没有时签发一期") { period, output, plan, issueNew };
        cmd.SetAction(async (pr, ct) =>
        {
            var file = pr.GetValue(output)!;
            var format = file.Extension.ToLowerInvariant() switch { ".xlsx" => "xlsx", ".pdf" => "pdf", _ => null };
            PlanPeriod p;
            try
            {
                p = PlanPeriod.Parse(pr.GetValue(period));
                if (format is null) throw new SeedbedValidationException("--output", $"输出文件“{file.Name}”的扩展名无效：应为 .xlsx 或 .pdf");
            }
            catch (SeedbedValidationException ex)
            {
                CliHost.PrintIssues(ex.Issues);
                return CliHost.InvalidInput;
            }
            return await CliHost.RunAsync((sp, token) => RunAsync(sp, p, file, format, pr.GetValue(plan), pr.GetValue(issueNew), token), ct);
        });
        return cmd;
    }

    private static async Task<int> RunAsync(IServiceProvider sp, PlanPeriod period, FileInfo file, string format, string? planCode, bool issueNew, CancellationToken ct)
    {
        int? planId = null;
        await using (var db = await sp.GetRequiredService<IDbContextFactory<SeedbedDb>>().CreateDbContextAsync(ct))
            planId = planCode is null ? (await ScoreJurisdictions.PlanOf(db, null, ct)).Id : await ScoreJurisdictions.PlanIdOf(db, planCode, ct);

        var latest = issueNew ? null : await sp.GetRequiredService<ListBulletins>().ExecuteAsync(planId, period.ToString(), ct) is [var newest, ..] ? newest : null;
        var bulletin = latest ?? await sp.GetRequiredService<IssueBulletin>().ExecuteAsync(new IssueBulletinRequest(period.ToString(), planId), ct);
        Console.WriteLine(latest is null
            ? $"已签发通报 {bulletin.Number}《{bulletin.Title}》（新的数据快照）。"
            : $"输出已签发的通报 {bulletin.Number}《{bulletin.Title}》（{ChineseText.Date(bulletin.IssuedOn)}签发，按当时的数据快照；加 --new 可按当前数据签发新一期）。");

        BulletinFile rendered;
        try { rendered = (await sp.GetRequiredService<RenderBulletin>().ExecuteAsync(bulletin.Id, format, ct))!; }
        catch (PdfUnavailableException ex)
        {
            Console.Error.WriteLine($"错误：{ex.Message}");
            return CliHost.Failed;
        }
        var tmp = Path.Combine(file.DirectoryName ?? ".", $".{file.Name}.{Guid.NewGuid():N}.part");
        try
        {
            await File.WriteAllBytesAsync(tmp, rendered.Content, ct);
            File.Move(tmp, file.FullName, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
        Console.WriteLine($"已写入 {file.FullName}");
        return CliHost.Ok;
    }
}
