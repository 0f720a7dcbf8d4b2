using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Accounts;
using Seedbed.Core.Data;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Plans;

namespace Seedbed.Bench;

/// <summary>Times each dashboard request: the first call of each (cold), <c>warmups</c> rounds of every request (tiered
/// compilation settles, as in a running server), then <c>runs</c> timed calls of each; prints a Markdown table (ms).</summary>
internal static class DashboardTimings
{
    public static async Task PrintAsync(IServiceProvider s, int planId, DateOnly today, int runs, int warmups)
    {
        var progress = s.GetRequiredService<GetPlanProgress>();
        var list = s.GetRequiredService<ListIndicatorEnterprises>();
        var scopes = s.GetRequiredService<AccessScopeProvider>();
        int park;
        await using (var db = await s.GetRequiredService<IDbContextFactory<SeedbedDb>>().CreateDbContextAsync())
            park = await db.Jurisdictions.Where(j => j.Name == "园区").Select(j => j.Id).SingleAsync();
        var y2019 = new PlanPeriod(2019, null);
        var q3 = new PlanPeriod(2019, 3);
        var open = new PlanPeriod(2020, 3);
        var requests = new (string Name, Func<Task<object?>> Call)[]
        {
            ("ListPlans (plan picker)", async () => await s.GetRequiredService<ListPlans>().ExecuteAsync()),
            ("ListJurisdictions (officer's own)", async () => await s.GetRequiredService<ListJurisdictions>().ExecuteAsync()),
            ("GetPlanProgress 2019 (year)", async () => await progress.ExecuteAsync(planId, y2019, today)),
            ("GetPlanProgress 2019Q3 (quarter, projection)", async () => await progress.ExecuteAsync(planId, q3, today)),
            ("GetPlanProgress 2020Q4 (default period)", async () => await progress.ExecuteAsync(planId, new PlanPeriod(2020, 4), today)),
            ("GetPlanProgress 2020Q3 read on 2020-08-15 (open period)", async () => await progress.ExecuteAsync(planId, open, new DateOnly(2020, 8, 15))),
            ("GetIndicatorTrend hnte (trend chart)", async () => await s.GetRequiredService<GetIndicatorTrend>().ExecuteAsync(planId, "hnte", today)),
            ("drill-down hnte 2019, district, page 1", async () => await list.ExecuteAsync(planId, "hnte", y2019, null, null, today)),
            ("drill-down hnte 2019, 园区, page 1", async () => await list.ExecuteAsync(planId, "hnte", y2019, "园区", null, today)),
            ("drill-down hnte 2019, 园区, page 50", async () => await list.ExecuteAsync(planId, "hnte", y2019, "园区", null, today, 50)),
            ("drill-down hnte level 2019 (total), district, page 1", async () => await list.ExecuteAsync(planId, "hnte", y2019, null, TargetKinds.Level, today)),
            ("drill-down invention patents 2019 (total), district, page 1", async () => await list.ExecuteAsync(planId, "invention-patents", y2019, null, null, today)),
            ("drill-down hnte 2019 as the 园区 officer (scoped)", async () =>
            {
                scopes.Current = () => AccessScope.Jurisdiction(park);
                try { return await list.ExecuteAsync(planId, "hnte", y2019, null, null, today); }
                finally { scopes.Current = () => AccessScope.Everything; }
            }),
        };
        // the first call of each request in a fresh process (JIT, cold caches), then rounds of every request until tiered
        // compilation has settled — a server in steady state — then the timed calls
        var first = new double[requests.Length];
        for (var k = 0; k < requests.Length; k++)
        {
            var t = Stopwatch.GetTimestamp();
            await requests[k].Call();
            first[k] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
        for (var round = 0; round < warmups; round++)
            foreach (var (_, call) in requests) await call();
        Console.WriteLine();
        Console.WriteLine($"(after {warmups} warm-up rounds of every request)");
        Console.WriteLine("| request | first call ms | median ms | max ms | CPU ms (this process) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (var k = 0; k < requests.Length; k++)
        {
            var (name, call) = requests[k];
            var times = new List<double>();
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            var cpu0 = self.TotalProcessorTime;
            for (var i = 0; i < runs; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                await call();
                times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
            self.Refresh();
            var cpu = (self.TotalProcessorTime - cpu0).TotalMilliseconds / runs;
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {first[k]:F0} | {times[times.Count / 2]:F1} | {times[^1]:F1} | {cpu:F0} |"));
        }
        var p = await progress.ExecuteAsync(planId, y2019, today);
        var hnte = p!.Indicators.Single(i => i.Code == "hnte");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\ncheck: hnte 2019 district actual {hnte.Rows[0].Actual}, total {hnte.LevelProgress!.Rows[0].Actual}; patents total {p.Indicators.Single(i => i.Code == "invention-patents").Rows[0].Actual}"));
    }
}
