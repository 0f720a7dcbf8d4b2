using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Seedbed.Bench;
using Seedbed.Core.Assessment;
using Seedbed.Core.Intake;
using Seedbed.Rules.Assessment;

// Modes (see docs/benchmarks.md):
//   throughput [count]            the hnte-2016 rules alone on <count> (default 1,000,000) generated in-memory dossiers, one thread
//   repeat [count]                the same <count> (default 100,000) dossiers in 20+ timed passes: fastest and median pass
//   generate <file> [count]       writes a deterministic dossier file of <count> (default 100,000) enterprises
//   parse <file>                  streaming read + validation only (no evaluation, no output): the "parse-only" time
//   file [count] [dir]            generate, then time `parse` and `seedbed assess` as child processes; peak memory of each
//   dashboard [--pg <conn>] [--dir <dir>] [--runs N] [--warmup N]
//                                 100,000 enterprises / 1,000,000 fiscal years in SQLite (or PostgreSQL), default plan
//                                 loaded, server time of every dashboard request (median and max of N runs)
//   anything else                 BenchmarkDotNet (e.g. --filter '*' --job short)
var inv = CultureInfo.InvariantCulture;
switch (args.FirstOrDefault())
{
    case "profile":
        {
            var rules = RuleSetCatalog.Get("hnte-2016", FactsGenerator.Date);
            var g = new FactsGenerator();
            var chunk = new EnterpriseFacts[50_000];
            for (var i = 0; i < chunk.Length; i++) chunk[i] = g.Next();
            GC.Collect();
            var v = 0;
            for (var k = 0; k < 40; k++) for (var i = 0; i < chunk.Length; i++) v += (int)HnteRules.Evaluate(chunk[i], FactsGenerator.Date, rules).Verdict;
            Console.WriteLine(v);
            return 0;
        }
    case "throughput": return ThroughputRun.Throughput(args.Length > 1 ? int.Parse(args[1], inv) : 1_000_000);
    case "repeat": return ThroughputRun.Repeat(args.Length > 1 ? int.Parse(args[1], inv) : 100_000);
    case "generate":
        {
            var sw = Stopwatch.StartNew();
            DossierFile.Write(args[1], args.Length > 2 ? int.Parse(args[2], inv) : 100_000);
            Console.WriteLine($"wrote {args[1]} ({new FileInfo(args[1]).Length / 1048576.0:F1} MB) in {sw.Elapsed.TotalSeconds:F2} s");
            return 0;
        }
    case "parse": return Parse(args[1]);
    case "dashboard": return await Seedbed.Bench.DashboardRun.RunAsync(args);
    case "file": return FileRun.Run(args.Length > 1 ? int.Parse(args[1], inv) : 100_000, args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "seedbed-bench"));
    default:
        BenchmarkSwitcher.FromAssembly(typeof(RulesBenchmarks).Assembly).Run(args);
        return 0;
}

static int Parse(string path)
{
    var sw = Stopwatch.StartNew();
    using var s = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
    var check = DossierJsonStreaming.Validate(s);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"parse-only: {check.Count:N0} enterprises, {check.Issues.Count} issues, {sw.Elapsed.TotalSeconds:F3} s in-process"));
    return check.Issues.Count == 0 ? 0 : 2;
}

