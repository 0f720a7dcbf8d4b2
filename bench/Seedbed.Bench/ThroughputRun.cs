using System.Diagnostics;
using System.Globalization;
using Seedbed.Core.Assessment;
using Seedbed.Rules.Assessment;

namespace Seedbed.Bench;

/// <summary>
/// The hnte-2016 rules alone on generated in-memory dossiers, one thread (docs/benchmarks.md):
/// <list type="bullet">
/// <item><c>throughput [count]</c>: <c>count</c> (default 1,000,000) dossiers, generated in chunks of 100,000 held in
/// memory (1,000,000 at once would need ~1 GB on a shared machine) and compacted before each timed loop. Each chunk is
/// assessed twice, timed separately: (a) the assessments (every decision: verdict, statuses, values, score range, gap
/// amounts; texts on demand), then (b) the assessments with every text read, as a writer of the document does.</item>
/// <item><c>repeat [count]</c>: the same <c>count</c> (default 100,000) dossiers assessed in 20 or more timed passes;
/// the fastest and the median pass (how much of the difference between runs is the machine).</item>
/// </list>
/// A warm-up of at least 2 s on 100,000 other dossiers comes first, the same work untimed, so that every method has
/// reached its optimised tier (tiered compilation promotes after a delay, in the background) and the heap has settled.
/// </summary>
internal static class ThroughputRun
{
    private const int Chunk = 100_000;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Throughput(int count)
    {
        var rules = Warm();
        var g = new FactsGenerator();
        var chunk = new EnterpriseFacts[Chunk];
        long ticks = 0, ticksWithTexts = 0, done = 0, allocated = 0, textChars = 0;
        var cpu = TimeSpan.Zero;
        using var self = Process.GetCurrentProcess();
        var verdicts = new int[3];
        var perChunk = new List<string>();
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
            var t = Stopwatch.GetTimestamp() - t0;
            self.Refresh();
            cpu += self.TotalProcessorTime - c0;
            allocated += GC.GetAllocatedBytesForCurrentThread() - a0;
            ticks += t;
            perChunk.Add((t * 1e9 / Stopwatch.Frequency / n).ToString("F0", Inv));

            var t1 = Stopwatch.GetTimestamp();
            for (var i = 0; i < n; i++) textChars += ReadTexts(HnteRules.Evaluate(chunk[i], FactsGenerator.Date, rules));
            ticksWithTexts += Stopwatch.GetTimestamp() - t1;
            done += n;
        }
        var seconds = (double)ticks / Stopwatch.Frequency;
        var withTexts = (double)ticksWithTexts / Stopwatch.Frequency;
        Console.WriteLine(string.Create(Inv,
            $"hnte-2016: {done:N0} assessments in {seconds:F3} s (evaluation only, 1 thread) = {done / seconds:N0} assessments/s/core, {seconds * 1e9 / done:F0} ns/op, {allocated / (double)done:F0} B/op allocated"));
        Console.WriteLine(string.Create(Inv,
            $"process CPU time during the timed loops: {cpu.TotalSeconds:F3} s = {done / cpu.TotalSeconds:N0} assessments per CPU-second (wall clock includes waiting for a core on a loaded machine)"));
        Console.WriteLine(string.Create(Inv, $"ns/op per chunk of {Chunk:N0}: {string.Join(' ', perChunk)}"));
        Console.WriteLine(string.Create(Inv,
            $"with every text read as well (a writer of the document): {done:N0} in {withTexts:F3} s = {done / withTexts:N0} assessments/s/core, {withTexts * 1e9 / done:F0} ns/op ({textChars / (double)done:F0} characters of text per assessment)"));
        Console.WriteLine(string.Create(Inv,
            $"verdicts: pass {verdicts[0]:N0}, fail {verdicts[1]:N0}, undetermined {verdicts[2]:N0}; gen0 collections {GC.CollectionCount(0) - gcBefore} (both loops); load average {DashboardRun.LoadAverage()}"));
        return 0;
    }

    public static int Repeat(int count)
    {
        var rules = Warm();
        var g = new FactsGenerator();
        var set = new EnterpriseFacts[count];
        for (var i = 0; i < set.Length; i++) set[i] = g.Next();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var passes = Math.Max(20, 2_000_000 / count);
        var times = new List<double>();
        var failed = 0;
        for (var k = 0; k < passes; k++)
        {
            var t0 = Stopwatch.GetTimestamp();
            foreach (var f in set) failed += HnteRules.Evaluate(f, FactsGenerator.Date, rules).Verdict == Verdict.Fail ? 1 : 0;
            times.Add((Stopwatch.GetTimestamp() - t0) * 1e9 / Stopwatch.Frequency / count);
        }
        times.Sort();
        Console.WriteLine(string.Create(Inv,
            $"hnte-2016, the same {count:N0} dossiers in {passes} passes: fastest {times[0]:F0} ns/op ({1e9 / times[0]:N0}/s), median {times[passes / 2]:F0} ns/op ({1e9 / times[passes / 2]:N0}/s), slowest {times[^1]:F0} ns/op; {failed / passes:N0} fail per pass; load average {DashboardRun.LoadAverage()}"));
        return 0;
    }

    /// <summary>Every text of an assessment read (made, for the texts made on demand); their length.</summary>
    private static long ReadTexts(EnterpriseAssessment a)
    {
        long n = 0;
        foreach (var c in a.Conditions) n += c.Message.Length + (c.Actual is null ? 0 : 1);
        if (a.Score is { } s) foreach (var i in s.Items) n += i.Message.Length;
        foreach (var gap in a.Gaps) n += gap.Message.Length;
        return n;
    }

    /// <summary>The same work as a timed chunk, untimed, for at least 2 s: 100,000 other dossiers, compacted, assessed
    /// with and without reading the texts (tiered compilation, the GC's budgets and the heap's pages settle).</summary>
    private static RuleSet Warm()
    {
        var rules = RuleSetCatalog.Get("hnte-2016", FactsGenerator.Date);
        var warm = new FactsGenerator(1);
        var set = new EnterpriseFacts[Chunk];
        for (var i = 0; i < set.Length; i++) set[i] = warm.Next();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        for (var clock = Stopwatch.StartNew(); clock.ElapsedMilliseconds < 2_000;)
        {
            foreach (var f in set) HnteRules.Evaluate(f, FactsGenerator.Date, rules);
            foreach (var f in set) ReadTexts(HnteRules.Evaluate(f, FactsGenerator.Date, rules));
        }
        return rules;
    }
}
