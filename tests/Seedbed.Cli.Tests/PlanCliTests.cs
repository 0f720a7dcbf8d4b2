namespace Seedbed.Cli.Tests;

/// <summary><c>seedbed plan check</c> through the real program: exit 0 for the shipped table, 2 naming every bad cell.</summary>
public sealed class PlanCliTests : IDisposable
{
    private readonly CliRunner _cli = new();
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Seedbed.Core", "Plans", "targets-2018-2020.csv");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task TheShippedTable_Passes()
    {
        var (code, output, _) = await _cli.RunAsync("plan", "check", Shipped);
        Assert.Equal(0, code);
        Assert.Contains("校验通过：11 个属地，2018–2020 年", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATamperedCopy_ExitsWith2_NamingTheCells()
    {
        var lines = File.ReadAllLines(Shipped);
        lines[2] = lines[2].Replace("上塘,5,1,", "上塘,5,-1,", StringComparison.Ordinal);
        File.WriteAllLines(_cli.PathOf("bad.csv"), lines);
        var (code, _, err) = await _cli.RunAsync("plan", "check", _cli.PathOf("bad.csv"));
        Assert.Equal(2, code);
        Assert.Contains("C3：不能为负数", err, StringComparison.Ordinal);
        Assert.Equal(2, (await _cli.RunAsync("plan", "check", _cli.PathOf("missing.csv"))).Code);
    }
}
