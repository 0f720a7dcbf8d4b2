using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Common;
using Seedbed.Core.Pipeline;
using Seedbed.Rules.Pools;
using Spectre.Console;

namespace Seedbed.Cli;

/// <summary>
/// <c>seedbed pools summary [--json]</c>: members per tier; <c>seedbed pools propose --date &lt;d&gt; [--assess]</c>: runs the
/// pool rules in force on the date, stores the proposed moves as proposals (pending a bureau decision) and lists them.
/// </summary>
internal static class PoolsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "以 JSON 输出：{\"reserve\": n, \"application\": n, \"certified\": n, \"exited\": n}" };
        var summary = new Command("summary", "培育库各库企业数") { json };
        summary.SetAction((pr, ct) => CliHost.RunAsync(async (sp, token) =>
        {
            var s = await sp.GetRequiredService<PoolSummary>().ExecuteAsync(null, token);
            if (pr.GetValue(json))
            {
                // exactly {"reserve": n, "application": n, "certified": n, "exited": n}
                Console.WriteLine($"{{\"reserve\": {N(s.Reserve)}, \"application\": {N(s.Application)}, \"certified\": {N(s.Certified)}, \"exited\": {N(s.Exited)}}}");
                return CliHost.Ok;
            }
            var table = new Table().AddColumn("库").AddColumn(new TableColumn("企业数").RightAligned());
            foreach (var (tier, n) in new[] { (PoolTier.Reserve, s.Reserve), (PoolTier.Application, s.Application), (PoolTier.Certified, s.Certified), (PoolTier.Exited, s.Exited) })
                table.AddRow(PoolTier.NameOf(tier), N(n));
            AnsiConsole.Write(table);
            Console.WriteLine($"待审批的调整建议：{N(s.PendingProposals)} 条");
            return CliHost.Ok;
        }, ct));

        var date = new Option<string>("--date") { Description = "规则运行日期（YYYY-MM-DD）", Required = true };
        var assess = new Option<bool>("--assess") { Description = "先按该日期评估全部企业（hnte-2016）并保存评估结果，再运行入库规则" };
        var propose = new Command("propose", "运行培育库入库/出库规则，保存并列出调整建议（待区科技局审批）") { date, assess };
        propose.SetAction(async (pr, ct) =>
        {
            DateOnly d;
            try
            {
                d = ParseDate(pr.GetValue(date)!);
            }
            catch (SeedbedValidationException ex)
            {
                CliHost.PrintIssues(ex.Issues);
                return CliHost.InvalidInput;
            }
            return await CliHost.RunAsync(async (sp, token) =>
            {
                var r = await sp.GetRequiredService<ProposePoolMoves>().ExecuteAsync(d, pr.GetValue(assess), token);
                if (r.Assessment is { } a)
                    Console.WriteLine($"已评估 {N(a.Total)} 家企业（{a.RuleSetId}）：符合 {N(a.Pass)}，不符合 {N(a.Fail)}，待定 {N(a.Undetermined)}。");
                Print(r);
                return CliHost.Ok;
            }, ct);
        });
        return new Command("pools", "培育库（储备库、申报库、已认定、出库）") { summary, propose };
    }

    private static void Print(PoolProposeResult r)
    {
        Console.WriteLine($"培育库规则 {r.RulesId} 第{N(r.RulesVersion)}版，日期 {r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}，企业 {N(r.Enterprises)} 家。");
        Console.WriteLine($"调整建议 {N(r.Proposals.Count)} 条（新增 {N(r.Created)}，更新 {N(r.Refreshed)}），撤回过时建议 {N(r.Withdrawn)} 条。");
        if (r.WithoutEvaluation > 0)
            Console.WriteLine($"注意：{N(r.WithoutEvaluation)} 家企业没有该日期可用的 hnte-2016 评估结果，未能判断是否进入申报库；可加 --assess 先评估，或运行 seedbed assess --ruleset hnte-2016 --date <日期> --all。");
        if (r.Proposals.Count == 0) return;
        var table = new Table().AddColumn("建议号").AddColumn("属地").AddColumn("企业").AddColumn("调整").AddColumn("主要理由");
        foreach (var p in r.Proposals)
            table.AddRow(N(p.Id), Markup.Escape(p.Jurisdiction), Markup.Escape(p.Name), Markup.Escape(PoolMoveWriterText(p)),
                Markup.Escape(p.Reasons.Split('\n').FirstOrDefault(l => l.StartsWith('✓')) ?? p.Reasons.Split('\n')[0]));
        AnsiConsole.Write(table);
        Console.WriteLine("请在 培育库 → 调整建议 页面审批（/pools/proposals）。");
    }

    private static string PoolMoveWriterText(PoolProposalItem p) =>
        $"{PoolTier.NameOf(p.FromTier)} → {PoolTier.NameOf(p.ToTier)}" + (p.ExitReason is null ? "" : $"（{ExitReason.NameOf(p.ExitReason)}）");

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new SeedbedValidationException("--date", $"日期“{text}”格式错误，应为 YYYY-MM-DD");

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
