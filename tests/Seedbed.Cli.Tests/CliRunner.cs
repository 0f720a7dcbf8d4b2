using System.Diagnostics;
using System.Text;

namespace Seedbed.Cli.Tests;

/// <summary>Runs the real <c>seedbed</c> program (built next to the tests) in a temp working folder with its own SQLite data.</summary>
public sealed class CliRunner : IDisposable
{
    public CliRunner() => WorkDir = Directory.CreateTempSubdirectory("seedbed-cli-").FullName;

    public string WorkDir { get; }

    public string PathOf(string name) => Path.Combine(WorkDir, name);

    /// <summary>Extra environment variables for the program (e.g. <c>Seedbed__Chromium</c>).</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "seedbed.dll");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = WorkDir, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8 };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["Seedbed__DataDirectory"] = Path.Combine(WorkDir, "data");
        psi.Environment.Remove("Seedbed__Database__Provider");
        foreach (var (key, value) in Environment) psi.Environment[key] = value;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        return (p.ExitCode, await stdout, await stderr);
    }

    public void Dispose()
    {
        try { Directory.Delete(WorkDir, true); } catch (IOException) { }
    }
}
