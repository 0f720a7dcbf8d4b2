using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Common;
using Seedbed.Core.Plans;

namespace Seedbed.Cli;

/// <summary>
/// <c>seedbed plan …</c>: check a task table (任务分解表), load the default plan, import a table as a plan, list, show and
/// activate plans, enter a hand-entered value. Exit 0, 2 on bad input (every bad cell or field named, nothing written).
/// </summary>
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

        var loadDefault = new Command("load-default", "载入默认计划：拱墅区高新技术企业培育三年行动方案（2018-2020年），含任务分解表和考核方案（已载入则不变）");
        loadDefault.SetAction((_, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var r = await sp.GetRequiredService<LoadDefaultPlan>().ExecuteAsync(token);
            Console.WriteLine(r.AlreadyLoaded
                ? $"默认计划已载入过（编号 {DefaultPlan.Code}），未做改动：{r.Name}。"
                : $"已载入默认计划“{r.Name}”（编号 {DefaultPlan.Code}）：{r.Indicators} 项指标，{r.Targets} 个目标值。");
            return CliHost.Ok;
        }, ct));

        var code = new Argument<string>("code") { Description = "计划编号（seedbed plan list 可查）" };
        var activate = new Command("activate", "设为当前计划（看板、预测和通报使用的计划；同时只有一个）") { code };
        activate.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var plan = await PlanShowCommands.FindAsync(sp, pr.GetValue(code)!, token);
            await sp.GetRequiredService<ActivatePlan>().ExecuteAsync(plan.Id, token);
            Console.WriteLine($"当前计划：{plan.Name}（{plan.Code}）。");
            return CliHost.Ok;
        }, ct));

        return new Command("plan", "计划与任务分解表")
        {
            check, loadDefault, PlanImportCommand.Create(), PlanShowCommands.List(), PlanShowCommands.Show(), activate, PlanActualCommand.Create(),
        };
    }

    internal static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return CliHost.InvalidInput;
    }

    internal static string N(decimal? value) => PlanNumbers.Format(value);
}
