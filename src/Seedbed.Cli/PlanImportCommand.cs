using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Plans;
using Spectre.Console;

namespace Seedbed.Cli;

/// <summary><c>seedbed plan import &lt;table&gt; --code --name [--office] [--source] [--indicator] [--unit] [--metric] [--dry-run]</c>.</summary>
internal static class PlanImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("table") { Description = "任务分解表（.csv 或 .xlsx），格式同 seedbed plan check" };
        var code = new Option<string>("--code") { Description = "计划编号（字母、数字、- 和 _），不能与已有计划重复", Required = true };
        var name = new Option<string>("--name") { Description = "计划名称", Required = true };
        var office = new Option<string?>("--office") { Description = $"发文机关（通报落款），默认“{ImportTargetTable.DefaultOffice}”" };
        var source = new Option<string?>("--source") { Description = "来源文件（文件名称、文号），默认“任务分解表 <文件名>”" };
        var indicator = new Option<string?>("--indicator") { Description = "指标名称，默认按口径（国家高新技术企业）" };
        var unit = new Option<string?>("--unit") { Description = "计量单位，默认按口径（家）" };
        var metric = new Option<string>("--metric")
        {
            Description = "实际值口径：" + string.Join("、", TaskTableIndicator.Kinds.Select(k => $"{k.Metric}（{k.Name}）")),
            DefaultValueFactory = _ => PlanMetrics.Hnte,
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "只校验和预览，不写入" };
        var command = new Command("import", "导入任务分解表为新计划：先按 seedbed plan check 的规则校验，有错则列出每个单元格且不写入")
        {
            file, code, name, office, source, indicator, unit, metric, dryRun,
        };
        command.SetAction(async (pr, ct) =>
        {
            var input = pr.GetValue(file)!;
            if (!input.Exists) return PlanCommand.Fail($"文件不存在：{input.FullName}");
            var request = new TargetTableImport
            {
                Code = pr.GetValue(code)!, Name = pr.GetValue(name)!, IssuingOffice = pr.GetValue(office), SourceDocument = pr.GetValue(source),
                IndicatorName = pr.GetValue(indicator), Unit = pr.GetValue(unit), Metric = pr.GetValue(metric)!, DryRun = pr.GetValue(dryRun),
            };
            return await CliHost.RunAsync(async (sp, token) =>
            {
                TargetTableImportResult r;
                await using (var stream = input.OpenRead())
                    r = await sp.GetRequiredService<ImportTargetTable>().ExecuteAsync(stream, input.Name, request, token);
                Print(r);
                return CliHost.Ok;
            }, ct);
        });
        return command;
    }

    private static void Print(TargetTableImportResult r)
    {
        var years = $"{r.Years[0]}–{r.Years[^1]} 年";
        var jurisdictions = r.Rows.Count(x => !x.IsDistrict);
        Console.WriteLine(r.Written
            ? $"已导入计划“{r.Name}”（编号 {r.Code}）：指标“{r.IndicatorName}”，{jurisdictions} 个属地，{years}，{r.Targets} 个目标值。"
            : $"校验通过（预览，未写入）：计划“{r.Name}”（编号 {r.Code}），指标“{r.IndicatorName}”，{jurisdictions} 个属地，{years}，{r.Targets} 个目标值。");
        if (r.Active) Console.WriteLine(r.Written ? "它是当前计划（此前没有启用的计划）。" : "导入后将成为当前计划（目前没有启用的计划）。");
        foreach (var w in r.Warnings) Console.WriteLine($"提示：{w.Location}：{w.Message}");
        Console.WriteLine($"任务分解表（各年：新增数/力争数；{r.Years[^1]}年总数/力争总数）：");
        var table = new Table().AddColumn("属地").AddColumn(new TableColumn($"{r.BaselineYear}基数").RightAligned());
        foreach (var y in r.Years) table.AddColumn(new TableColumn($"{y}").RightAligned());
        table.AddColumn(new TableColumn("总数").RightAligned());
        foreach (var row in r.Rows)
            table.AddRow([Markup.Escape(row.Jurisdiction), row.Baseline.ToString(System.Globalization.CultureInfo.InvariantCulture),
                .. row.Years.Select(y => $"{y.New}/{y.Stretch}"), $"{row.Total}/{row.StretchTotal}"]);
        AnsiConsole.Write(table);
    }
}
