using System.CommandLine;
using Seedbed.Core.Common;
using Seedbed.Core.Plans;

namespace Seedbed.Cli;

/// <summary><c>seedbed plan check &lt;table.csv|.xlsx&gt;</c>: validates a task table (任务分解表); exit 0, or 2 with every bad cell.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("table") { Description = "任务分解表（.csv 或 .xlsx）" };
        var check = new Command("check", "校验任务分解表：合计等于基数加各年数、各属地之和等于全区、无负数；出错时列出单元格") { file };
        check.SetAction(parse =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists) return Fail($"文件不存在：{input.FullName}");
            TargetTableReport report;
            try { report = TargetTableCheck.CheckFile(input.FullName); }
            catch (SeedbedValidationException ex) { return Fail(ex.Message); }
            if (!report.Ok)
            {
                Console.Error.WriteLine($"任务分解表有 {report.Issues.Count} 处错误：");
                foreach (var i in report.Issues) Console.Error.WriteLine($"  {i.Location}：{i.Message}");
                return CliHost.InvalidInput;
            }
            Console.WriteLine($"任务分解表校验通过：{report.Jurisdictions} 个属地，{report.Years[0]}–{report.Years[^1]} 年。");
            return CliHost.Ok;
        });
        return new Command("plan", "计划与任务分解表") { check };
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return CliHost.InvalidInput;
    }
}
