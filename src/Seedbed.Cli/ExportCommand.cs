using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Intake;

namespace Seedbed.Cli;

/// <summary><c>seedbed export [--output f.xlsx] [--q ..] [--jurisdiction ..] [--field ..] [--qualification ..]</c></summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = "输出文件（.xlsx）", DefaultValueFactory = _ => new FileInfo("企业数据导出.xlsx") };
        var q = new Option<string?>("--q") { Description = "名称或统一社会信用代码包含的文字" };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "属地名称，如 祥符、园区" };
        var field = new Option<string?>("--field") { Description = "技术领域代码（101）或一级领域（1），none 表示不属于重点领域" };
        var qualification = new Option<string?>("--qualification") { Description = "持有的资质：hnte、tech-sme、zj-tech-sme、hz-hnte、sunrise" };
        var cmd = new Command("export", "将企业数据导出为导入模板格式的 Excel 工作簿") { output, q, jurisdiction, field, qualification };
        cmd.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var path = pr.GetValue(output)!.FullName;
            var filter = new EnterpriseFilter(pr.GetValue(q), pr.GetValue(jurisdiction), pr.GetValue(field), pr.GetValue(qualification));
            var tmp = path + ".part";
            int count;
            await using (var stream = File.Create(tmp))
                count = await ProgressReporter.RunAsync("导出", progress => sp.GetRequiredService<ExportEnterprises>().ExecuteAsync(filter, stream, progress, token));
            File.Move(tmp, path, overwrite: true);
            Console.WriteLine($"已导出 {count} 家企业：{path}");
            return CliHost.Ok;
        }, ct));
        return cmd;
    }
}
