using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Plans;
using static Seedbed.Cli.PlanCommand;

namespace Seedbed.Cli;

/// <summary><c>seedbed plan actual &lt;code&gt; &lt;indicator&gt; --year [--quarter] [--jurisdiction] --value --source --date</c>.</summary>
internal static class PlanActualCommand
{
    public static Command Create()
    {
        var code = new Argument<string>("code") { Description = "计划编号" };
        var indicator = new Argument<string>("indicator") { Description = "指标代码（seedbed plan show 可查，如 hightech-share）" };
        var year = new Option<int>("--year") { Description = "年度", Required = true };
        var quarter = new Option<int?>("--quarter") { Description = "季度 1–4（不填为全年）" };
        var jurisdiction = new Option<string?>("--jurisdiction") { Description = "属地（不填为全区）" };
        var value = new Option<decimal>("--value") { Description = "实际值（按指标单位，如 74.5 表示 74.5%）", Required = true };
        var source = new Option<string>("--source") { Description = "数据来源（如 区统计局快报）", Required = true };
        var date = new Option<string>("--date") { Description = "数据日期（YYYY-MM-DD）", Required = true };
        var command = new Command("actual", "录入手工指标的实际值（须注明来源和日期；同一期间以日期最新的为准）")
        {
            code, indicator, year, quarter, jurisdiction, value, source, date,
        };
        command.SetAction(async (pr, ct) =>
        {
            var text = pr.GetValue(date)!;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
                return Fail($"--date：日期“{text}”格式错误，应为 YYYY-MM-DD");
            return await CliHost.RunAsync(async (sp, token) =>
            {
                var plan = await PlanShowCommands.FindAsync(sp, pr.GetValue(code)!, token);
                var a = await sp.GetRequiredService<RecordActual>().ExecuteAsync(plan.Id, new ActualInput
                {
                    Indicator = pr.GetValue(indicator)!, Year = pr.GetValue(year), Quarter = pr.GetValue(quarter), Jurisdiction = pr.GetValue(jurisdiction),
                    Value = pr.GetValue(value), Source = pr.GetValue(source), AsOf = asOf,
                }, token);
                Console.WriteLine($"已录入“{a.IndicatorName}”{new PlanPeriod(a.Year, a.Quarter).Label}（{a.Jurisdiction ?? TargetTableCheck.DistrictRow}）"
                    + $"实际值 {N(a.Value)}{a.Unit}（来源：{a.Source}，{asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}），记录号 {a.Id}。");
                return CliHost.Ok;
            }, ct);
        });
        return command;
    }
}
