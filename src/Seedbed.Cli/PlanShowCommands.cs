using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Common;
using Seedbed.Core.Plans;
using Spectre.Console;
using static Seedbed.Cli.PlanCommand;

namespace Seedbed.Cli;

/// <summary><c>seedbed plan list</c> and <c>seedbed plan show &lt;code&gt;</c>: plans, indicators, targets, clauses, entered values.</summary>
internal static class PlanShowCommands
{
    public static Command List()
    {
        var command = new Command("list", "列出全部计划（* 为当前计划）");
        command.SetAction((_, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var plans = await sp.GetRequiredService<ListPlans>().ExecuteAsync(token);
            if (plans.Count == 0)
            {
                Console.WriteLine("还没有计划：运行 seedbed plan load-default 载入默认计划，或 seedbed plan import 导入任务分解表。");
                return CliHost.Ok;
            }
            foreach (var p in plans)
                Console.WriteLine($"{(p.IsActive ? "*" : " ")} {p.Code}  {p.Name}  {p.FirstYear}–{p.LastYear} 年  {p.Indicators} 项指标  {p.IssuingOffice}");
            return CliHost.Ok;
        }, ct));
        return command;
    }

    public static Command Show()
    {
        var code = new Argument<string>("code") { Description = "计划编号" };
        var command = new Command("show", "显示计划：各项指标的单位、基数、目标（任务数/力争数）、来源条款、计算或手工录入及已录入的值") { code };
        command.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var found = await FindAsync(sp, pr.GetValue(code)!, token);
            var plan = (await sp.GetRequiredService<GetPlan>().ExecuteAsync(found.Id, token))!;
            var actuals = await sp.GetRequiredService<ListActuals>().ExecuteAsync(plan.Id, null, token);
            Console.WriteLine($"{plan.Name}（编号 {plan.Code}{(plan.IsActive ? "，当前计划" : "")}）");
            Console.WriteLine($"计划期 {plan.FirstYear}–{plan.LastYear} 年，基数年 {plan.BaselineYear} 年；发文机关：{plan.IssuingOffice}");
            Console.WriteLine($"来源：{plan.SourceDocument}");
            var n = 0;
            foreach (var i in plan.Indicators)
            {
                Console.WriteLine();
                Console.WriteLine($"{++n}. {i.Name}（{i.Unit}，{(i.IsManual ? "手工录入" : "系统计算")}，代码 {i.Code}）  基数：{N(i.Baseline)}");
                Console.WriteLine($"   条款：{i.SourceClause}");
                if (i.Note is not null) Console.WriteLine($"   说明：{i.Note}");
                Console.WriteLine($"   目标：{DistrictTargets(i)}");
                if (i.ByJurisdiction) PrintJurisdictions(i);
                foreach (var a in actuals.Where(a => a.IndicatorCode == i.Code && a.Current))
                    Console.WriteLine($"   已录入：{new PlanPeriod(a.Year, a.Quarter).Label}{(a.Jurisdiction is null ? "" : " " + a.Jurisdiction)} {N(a.Value)}{i.Unit}"
                        + $"（{a.Source}，{a.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）");
            }
            return CliHost.Ok;
        }, ct));
        return command;
    }

    /// <summary>The plan with the code; a Chinese error (exit 2) when there is none.</summary>
    public static async Task<PlanListItem> FindAsync(IServiceProvider sp, string code, CancellationToken ct) =>
        (await sp.GetRequiredService<ListPlans>().ExecuteAsync(ct)).FirstOrDefault(p => p.Code == code.Trim())
        ?? throw new SeedbedValidationException("code", $"没有编号为“{code}”的计划（seedbed plan list 列出全部计划）");

    /// <summary>2018年 新增 28（力争 33）、达到 135（力争 140）；…</summary>
    public static string DistrictTargets(IndicatorDetail i) =>
        string.Join("；", i.Targets.Where(t => t.Jurisdiction is null).GroupBy(t => t.Year).Select(g =>
            $"{g.Key}年 " + string.Join("、", g.Select(t => $"{(t.Kind == TargetKinds.Flow ? "新增" : "达到")} {N(t.Committed)}"
                + (t.Stretch is null ? "" : $"（力争 {N(t.Stretch)}）")))));

    private static void PrintJurisdictions(IndicatorDetail i)
    {
        var years = i.Targets.Select(t => t.Year).Distinct().Order().ToList();
        var table = new Table().AddColumn("属地");
        foreach (var y in years) table.AddColumn(new TableColumn($"{y}新增/力争").RightAligned());
        table.AddColumn(new TableColumn($"{years[^1]}年末/力争").RightAligned());
        foreach (var g in i.Targets.Where(t => t.Jurisdiction is not null).GroupBy(t => t.Jurisdiction!))
        {
            var flows = years.Select(y => g.FirstOrDefault(t => t.Year == y && t.Kind == TargetKinds.Flow)).Select(t => t is null ? "—" : $"{N(t.Committed)}/{N(t.Stretch)}");
            var level = g.FirstOrDefault(t => t.Year == years[^1] && t.Kind == TargetKinds.Level);
            table.AddRow([Markup.Escape(g.Key), .. flows, level is null ? "—" : $"{N(level.Committed)}/{N(level.Stretch)}"]);
        }
        AnsiConsole.Write(table);
    }
}
