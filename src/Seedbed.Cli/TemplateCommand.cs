using System.CommandLine;
using Seedbed.Core.Intake;

namespace Seedbed.Cli;

/// <summary><c>seedbed template [--output f.xlsx]</c>: the empty import workbook.</summary>
internal static class TemplateCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = "输出文件", DefaultValueFactory = _ => new FileInfo(WorkbookTemplate.FileName) };
        var cmd = new Command("template", "生成企业数据导入模板（Excel）") { output };
        cmd.SetAction(pr =>
        {
            var path = pr.GetValue(output)!.FullName;
            using (var stream = File.Create(path)) WorkbookTemplate.Write(stream);
            Console.WriteLine($"已生成导入模板：{path}");
            return CliHost.Ok;
        });
        return cmd;
    }
}
