using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Assessment;
using Seedbed.Core.Common;

namespace Seedbed.Cli;

/// <summary>
/// <c>seedbed assess --ruleset &lt;id&gt; --date &lt;d&gt; --input &lt;dossier.json|.xlsx&gt; [--output f]</c> writes the assessment document;
/// <c>seedbed assess --ruleset &lt;id&gt; --date &lt;d&gt; --all</c> assesses the registry and stores every evaluation.
/// </summary>
internal static class AssessCommand
{
    public static Command Create()
    {
        var ruleset = new Option<string>("--ruleset") { Description = "规则集：hnte-2016、tech-sme-2017、zj-tech-sme-2016、hz-hnte-2016", Required = true };
        var date = new Option<string>("--date") { Description = "评估日期（YYYY-MM-DD）", Required = true };
        var input = new Option<FileInfo?>("--input") { Description = "企业数据文件（seedbed.dossier/1 JSON 或 .xlsx 工作簿）" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "输出文件（默认输出到标准输出）" };
        var all = new Option<bool>("--all") { Description = "评估数据库中的全部企业，并保存每条评估结果" };
        var cmd = new Command("assess", "按认定条件评估企业，输出评估结果（seedbed.assessment/1）") { ruleset, date, input, output, all };
        cmd.SetAction(async (pr, ct) =>
        {
            try
            {
                var d = ParseDate(pr.GetValue(date)!);
                var id = pr.GetValue(ruleset)!;
                var file = pr.GetValue(input);
                if (pr.GetValue(all) == (file is not null))
                    throw new SeedbedValidationException("", "请指定 --input <文件> 或 --all 其中之一");
                if (file is not null) return await AssessFileAsync(file, id, d, pr.GetValue(output), ct);
            }
            catch (SeedbedValidationException ex)
            {
                CliHost.PrintIssues(ex.Issues);
                return CliHost.InvalidInput;
            }
            return await CliHost.RunAsync(async (sp, token) =>
            {
                var summary = await ProgressReporter.RunAsync("评估", p => sp.GetRequiredService<AssessAll>().ExecuteAsync(
                    pr.GetValue(ruleset)!, ParseDate(pr.GetValue(date)!), CliHost.Actor, p, token));
                Console.WriteLine($"已评估 {summary.Total} 家企业（{summary.RuleSetId} 第{summary.RuleSetVersion}版，{summary.Date:yyyy-MM-dd}）：符合 {summary.Pass}，不符合 {summary.Fail}，待定 {summary.Undetermined}。批次 {summary.RunId}");
                return CliHost.Ok;
            }, ct);
        });
        return cmd;
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new SeedbedValidationException("--date", $"日期“{text}”格式错误，应为 YYYY-MM-DD");

    private static async Task<int> AssessFileAsync(FileInfo file, string ruleset, DateOnly date, FileInfo? output, CancellationToken ct)
    {
        if (!file.Exists) throw new SeedbedValidationException("--input", $"文件不存在：{file.FullName}");
        var tmp = output is null ? null : output.FullName + ".part";
        try
        {
            await using var source = file.OpenRead();
            await using (var target = tmp is null ? Console.OpenStandardOutput() : File.Create(tmp))
            {
                // JSON: validated in a first streaming pass before the first byte is written (no partial output on bad input),
                // then read again enterprise by enterprise and written as it is evaluated (AssessFile)
                var n = await new AssessFile().ExecuteAsync(source, file.Name, ruleset, date, target, null, ct);
                if (tmp is not null) Console.Error.WriteLine($"已评估 {n} 家企业：{output!.FullName}");
            }
            if (tmp is not null) File.Move(tmp, output!.FullName, overwrite: true);
            return CliHost.Ok;
        }
        finally
        {
            if (tmp is not null && File.Exists(tmp)) File.Delete(tmp);
        }
    }
}
