using System.Diagnostics;
using System.Globalization;

namespace Seedbed.Bench;

/// <summary>
/// The file benchmark: one deterministic dossier file, then in one run (a) the parse-only pass and (b) the real
/// <c>seedbed assess</c> command, each as a child process timed by wall clock and measured by <c>/usr/bin/time</c>
/// (maximum resident set size). Both include process start-up, so the ratio compares like with like.
/// </summary>
public static class FileRun
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(int count, string dir)
    {
        Directory.CreateDirectory(dir);
        var input = Path.Combine(dir, $"dossier-{count}.json");
        var output = Path.Combine(dir, $"assessment-{count}.json");
        if (!File.Exists(input))
        {
            var sw = Stopwatch.StartNew();
            DossierFile.Write(input, count);
            Console.WriteLine($"generated {input} in {sw.Elapsed.TotalSeconds:F1} s");
        }
        Console.WriteLine(string.Create(Inv, $"input: {input}, {new FileInfo(input).Length / 1048576.0:F1} MB, {count:N0} enterprises"));
        var bench = typeof(FileRun).Assembly.Location;
        var cli = FindCli();
        Console.WriteLine($"cli: {cli}");
        Console.WriteLine($"load average before: {Load()}");
        var parse = Child(bench, ["parse", input]);
        var assess = Child(cli, ["assess", "--ruleset", "hnte-2016", "--date", "2020-06-30", "--input", input, "--output", output]);
        var parse2 = Child(bench, ["parse", input]);
        Console.WriteLine($"load average after: {Load()}");
        var a = Math.Min(parse.Seconds, parse2.Seconds);
        Console.WriteLine(string.Create(Inv, $"(a) parse-only   : {parse.Seconds:F2} s and {parse2.Seconds:F2} s (peak {parse.PeakMb:F0} MB); best {a:F2} s"));
        Console.WriteLine(string.Create(Inv, $"(b) seedbed assess: {assess.Seconds:F2} s, peak {assess.PeakMb:F0} MB, exit {assess.Exit}, output {(File.Exists(output) ? new FileInfo(output).Length / 1048576.0 : 0):F1} MB"));
        Console.WriteLine(string.Create(Inv, $"ratio (b)/(a) = {assess.Seconds / a:F2} (vs first parse run {assess.Seconds / parse.Seconds:F2})"));
        return assess.Exit;
    }

    private static string FindCli()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Seedbed.slnx")))
            {
                var dll = Path.Combine(d.FullName, "src", "Seedbed.Cli", "bin", "Release", "net10.0", "seedbed.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException("build the solution in Release first", dll);
            }
        throw new DirectoryNotFoundException("repository root (Seedbed.slnx) not found");
    }

    private sealed record Result(double Seconds, double PeakMb, int Exit);

    private static Result Child(string dll, string[] args)
    {
        var time = File.Exists("/usr/bin/time");
        var psi = new ProcessStartInfo(time ? "/usr/bin/time" : "dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        if (time) { psi.ArgumentList.Add("-f"); psi.ArgumentList.Add("MAXRSS_KB=%M"); psi.ArgumentList.Add("dotnet"); }
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        var seconds = sw.Elapsed.TotalSeconds;
        var err = stderr.Result;
        var line = err.Split('\n').LastOrDefault(l => l.StartsWith("MAXRSS_KB=", StringComparison.Ordinal));
        var peak = line is null ? double.NaN : double.Parse(line["MAXRSS_KB=".Length..], Inv) / 1024;
        var rest = string.Join('\n', err.Split('\n').Where(l => !l.StartsWith("MAXRSS_KB=", StringComparison.Ordinal) && l.Length > 0));
        Console.WriteLine($"  $ dotnet {Path.GetFileName(dll)} {string.Join(' ', args)}");
        foreach (var l in (stdout.Result + "\n" + rest).Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(20)) Console.WriteLine($"    {l}");
        return new Result(seconds, peak, p.ExitCode);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
