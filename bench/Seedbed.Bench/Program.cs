using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Seedbed.Bench;
using Seedbed.Core.Assessment;
using Seedbed.Core.Intake;
using Seedbed.Rules.Assessment;

// Modes (see docs/benchmarks.md):
//   throughput [count]            the hnte-2016 rules alone on <count> (default 1,000,000) generated in-memory dossiers, one thread
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
    case "hot":
        {
            var rules = RuleSetCatalog.Get("hnte-2016", FactsGenerator.Date);
            var g = new FactsGenerator();
            var n = int.Parse(args[1], inv);
            var chunk = new EnterpriseFacts[n];
            for (var i = 0; i < chunk.Length; i++) chunk[i] = g.Next();
            GC.Collect();
            var v = 0;
            for (var k = 0; k < 3_000_000 / n; k++) for (var i = 0; i < chunk.Length; i++) v += (int)HnteRules.Evaluate(chunk[i], FactsGenerator.Date, rules).Verdict;
            var reps = Math.Max(20, 2_000_000 / n);
            var times = new List<double>();
            for (var k = 0; k < reps; k++)
            {
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < chunk.Length; i++) v += (int)HnteRules.Evaluate(chunk[i], FactsGenerator.Date, rules).Verdict;
                times.Add(sw.Elapsed.TotalMilliseconds * 1e6 / n);
            }
            times.Sort();
            Console.WriteLine($"{n}: min {times[0]:F0} median {times[times.Count / 2]:F0} ns/op {v}");
            return 0;
        }
    case "throughput": return Throughput(args.Length > 1 ? int.Parse(args[1], inv) : 1_000_000);
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

static int Throughput(int count)
{
    // Dossiers are generated in chunks of 100,000 held in memory (1,000,000 at once would need ~1 GB on a shared
    // machine); only the evaluation is timed. One thread: the result is assessments per second per core.
    const int Chunk = 100_000;
    var rules = RuleSetCatalog.Get("hnte-2016", FactsGenerator.Date);
    var g = new FactsGenerator();
    // warm-up (not timed): 20,000 other dossiers evaluated for at least 2 s, so that every method has reached its
    // optimised tier (tiered compilation promotes after a delay, in the background) before the timed loops
    var warm = new FactsGenerator(1);
    var warmSet = new EnterpriseFacts[20_000];
    for (var i = 0; i < warmSet.Length; i++) warmSet[i] = warm.Next();
    for (var clock = Stopwatch.StartNew(); clock.ElapsedMilliseconds < 2_000;)
        foreach (var f in warmSet) HnteRules.Evaluate(f, FactsGenerator.Date, rules);
    var chunk = new EnterpriseFacts[Chunk];
    long ticks = 0, done = 0, allocated = 0;
    var cpu = TimeSpan.Zero;
    using var self = Process.GetCurrentProcess();
    var verdicts = new int[3];
    var gcBefore = GC.CollectionCount(0);
    while (done < count)
    {
        var n = (int)Math.Min(Chunk, count - done);
        for (var i = 0; i < n; i++) chunk[i] = g.Next();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);   // promote and compact the new dossiers now
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        self.Refresh();
        var c0 = self.TotalProcessorTime;
        var t0 = Stopwatch.GetTimestamp();
        for (var i = 0; i < n; i++) verdicts[(int)HnteRules.Evaluate(chunk[i], FactsGenerator.Date, rules).Verdict]++;
        ticks += Stopwatch.GetTimestamp() - t0; Console.Error.WriteLine((Stopwatch.GetTimestamp() - t0) * 1e9 / Stopwatch.Frequency / n);
        self.Refresh();
        cpu += self.TotalProcessorTime - c0;
        allocated += GC.GetAllocatedBytesForCurrentThread() - a0;
        done += n;
    }
    var seconds = (double)ticks / Stopwatch.Frequency;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"hnte-2016: {done:N0} assessments in {seconds:F3} s (evaluation only, 1 thread) = {done / seconds:N0} assessments/s/core, {seconds * 1e9 / done:F0} ns/op, {allocated / (double)done:F0} B/op allocated"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"process CPU time during the timed loops: {cpu.TotalSeconds:F3} s = {done / cpu.TotalSeconds:N0} assessments per CPU-second (wall clock includes waiting for a core on a loaded machine)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"verdicts: pass {verdicts[0]:N0}, fail {verdicts[1]:N0}, undetermined {verdicts[2]:N0}; gen0 collections {GC.CollectionCount(0) - gcBefore}; load average {LoadAverage()}"));
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

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
