using System.CommandLine;
using System.Globalization;
using Seedbed.Core.Assessment;
using Spectre.Console;

namespace Seedbed.Cli;

/// <summary><c>seedbed rulesets</c>: every rule-set version with its sources, effective dates and condition ids.</summary>
internal static class RulesetsCommand
{
    public static Command Create()
    {
        var cmd = new Command("rulesets", "列出可用的规则集（版本、依据文件、生效日期、条件）");
        cmd.SetAction(_ =>
        {
            foreach (var rs in RuleSetCatalog.All.OrderBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Version))
            {
                var to = rs.EffectiveTo is { } t ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "至今";
                Console.WriteLine($"{rs.Id}  第{rs.Version}版  {rs.Name}");
                Console.WriteLine($"  生效：{rs.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ～ {to}");
                foreach (var s in rs.Sources) Console.WriteLine($"  依据：{s.Document}《{s.Title}》{(s.Url is null ? "" : " " + s.Url)}");
                var table = new Table().AddColumn("规则").AddColumn("类型").AddColumn("条款");
                foreach (var r in rs.Rules) table.AddRow(Markup.Escape(r.Id), Markup.Escape(r.Kind), Markup.Escape(r.Citation));
                AnsiConsole.Write(table);
                Console.WriteLine();
            }
            return CliHost.Ok;
        });
        return cmd;
    }
}
