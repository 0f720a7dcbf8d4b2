using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Intake;

namespace Seedbed.Cli;

/// <summary><c>seedbed import &lt;file&gt; [--valid-rows-only] [--rejected out.xlsx]</c></summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "要导入的文件（.xlsx 工作簿或 seedbed.dossier/1 JSON）" };
        var validOnly = new Option<bool>("--valid-rows-only") { Description = "仅导入有效行，被拒绝的行另存为工作簿" };
        var rejected = new Option<FileInfo?>("--rejected") { Description = "被拒绝行的输出文件（默认：<文件名>.rejected.xlsx）" };
        var cmd = new Command("import", "导入企业数据（Excel 或 JSON），按统一社会信用代码新增或更新") { file, validOnly, rejected };
        cmd.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var input = pr.GetValue(file)!;
            if (!input.Exists) { Console.Error.WriteLine($"错误：文件不存在：{input.FullName}"); return CliHost.InvalidInput; }
            var valid = pr.GetValue(validOnly);
            await using var stream = input.OpenRead();
            var result = await ProgressReporter.RunAsync("导入", progress => sp.GetRequiredService<ImportDossier>().ExecuteAsync(
                stream, input.Name, new ImportOptions { ValidRowsOnly = valid, Actor = CliHost.Actor, Progress = progress }, token));
            if (!result.Written)
            {
                CliHost.PrintIssues(result.Errors);
                return CliHost.InvalidInput;
            }
            Console.WriteLine($"导入完成：新增 {result.EnterprisesCreated} 家，更新 {result.EnterprisesUpdated} 家，未变化 {result.EnterprisesUnchanged} 家，记录变更 {result.ChangesRecorded} 条。");
            if (result.RejectedWorkbook is { } bytes)
            {
                var path = pr.GetValue(rejected)?.FullName ?? Path.ChangeExtension(input.FullName, ".rejected.xlsx");
                await File.WriteAllBytesAsync(path, bytes, token);
                Console.WriteLine($"有 {result.RejectedRows} 行未导入，已另存为：{path}");
                CliHost.PrintIssues(result.Errors);
                return CliHost.InvalidInput;
            }
            return CliHost.Ok;
        }, ct));
        return cmd;
    }
}
