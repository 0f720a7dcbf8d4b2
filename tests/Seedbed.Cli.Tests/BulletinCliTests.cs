using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Seedbed.Core;
using Seedbed.Core.Data;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Plans;
using Seedbed.Rules.Registry;

namespace Seedbed.Cli.Tests;

/// <summary><c>seedbed bulletin</c> through the real program: issue or re-render from the snapshot, .xlsx and .pdf, exit 2 on bad input.</summary>
public sealed class BulletinCliTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task BadPeriod_BadExtension_NoPlan_Exit2_WithoutAFile()
    {
        var (code, _, err) = await _cli.RunAsync("bulletin", "--period", "2019Q5", "--output", _cli.PathOf("b.xlsx"));
        Assert.Equal(2, code);
        Assert.Contains("期间“2019Q5”无效", err, StringComparison.Ordinal);
        (code, _, err) = await _cli.RunAsync("bulletin", "--period", "2019Q3", "--output", _cli.PathOf("b.docx"));
        Assert.Equal(2, code);
        Assert.Contains("扩展名无效：应为 .xlsx 或 .pdf", err, StringComparison.Ordinal);
        (code, _, err) = await _cli.RunAsync("bulletin", "--period", "2019Q3", "--output", _cli.PathOf("b.xlsx"));
        Assert.Equal(2, code);
        Assert.Contains("尚未载入计划", err, StringComparison.Ordinal);
        await SeedAsync();
        (code, _, err) = await _cli.RunAsync("bulletin", "--period", "2019Q3", "--output", _cli.PathOf("b.xlsx"), "--plan", "nope");
        Assert.Equal(2, code);
        Assert.Contains("没有代码为“nope”的计划", err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_cli.WorkDir));
    }

    [Fact]
    public async Task Xlsx_IssuesOnce_ThenRendersTheSnapshot_UntilNew()
    {
        await SeedAsync(("祥符", new DateOnly(2019, 3, 15)), ("上塘", new DateOnly(2019, 7, 1)));
        var file = _cli.PathOf("通报.xlsx");
        var (code, output, err) = await _cli.RunAsync("bulletin", "--period", "2019Q3", "--output", file, "--plan", DefaultPlan.Code);
        Assert.True(code == 0, err);
        Assert.Contains("已签发通报", output, StringComparison.Ordinal);
        Assert.Contains("〕1号《关于2019年第三季度全区国家高新技术企业培育工作进展情况的通报》", output, StringComparison.Ordinal);
        Assert.Equal(1m, Actual(file, "祥符"));

        await SeedAsync(("祥符", new DateOnly(2019, 8, 1)));
        (code, output, _) = await _cli.RunAsync("bulletin", "--period", "2019Q3", "--output", file);
        Assert.Equal(0, code);
        Assert.Contains("输出已签发的通报", output, StringComparison.Ordinal);
        Assert.Contains("〕1号", output, StringComparison.Ordinal);
        Assert.Equal(1m, Actual(file, "祥符"));   // the snapshot, not today's data

        (code, output, _) = await _cli.RunAsync("bulletin", "--period", "2019Q3", "--output", file, "--new");
        Assert.Equal(0, code);
        Assert.Contains("〕2号", output, StringComparison.Ordinal);
        Assert.Equal(2m, Actual(file, "祥符"));
        Assert.Equal(["通报.xlsx"], Directory.GetFiles(_cli.WorkDir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Pdf_IsAnA4Bulletin_OrExit1WithoutAFileWhenChromiumIsMissing()
    {
        await SeedAsync(("祥符", new DateOnly(2019, 3, 15)));
        var file = _cli.PathOf("通报.pdf");
        if (File.Exists(Chromium) || Environment.GetEnvironmentVariable("CI") == "true")
        {
            var (code, _, err) = await _cli.RunAsync("bulletin", "--period", "2019", "--output", file);
            Assert.True(code == 0, err);
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
            var text = string.Concat((await RunAsync("pdftotext", file, "-")).Where(ch => !char.IsWhiteSpace(ch)));   // lines wrap
            Assert.Contains("拱墅区科学技术局", text, StringComparison.Ordinal);
            Assert.Contains("关于2019年全区国家高新技术企业培育工作进展情况的通报", text, StringComparison.Ordinal);
            Assert.Contains("全区新增国家高新技术企业1家", text, StringComparison.Ordinal);
            Assert.Contains("(A4)", await RunAsync("pdfinfo", file), StringComparison.Ordinal);
            var shots = Path.Combine(Path.GetTempPath(), "seedbed-screenshots");   // to look at, not asserted
            Directory.CreateDirectory(shots);
            File.Copy(file, Path.Combine(shots, "bulletin-cli.pdf"), true);
        }
        _cli.Environment["Seedbed__Chromium"] = "/nonexistent/chromium";
        var missing = _cli.PathOf("无.pdf");
        var (c, _, e) = await _cli.RunAsync("bulletin", "--period", "2019", "--output", missing);
        Assert.Equal(1, c);
        Assert.Contains("未找到 Chromium", e, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        Assert.DoesNotContain(Directory.GetFiles(_cli.WorkDir), f => f.EndsWith(".part", StringComparison.Ordinal));
    }

    private static decimal Actual(string file, string jurisdiction)
    {
        var rows = MiniExcel.Query(file, useHeaderRow: true, sheetName: BulletinWorkbook.ScoresSheet).Cast<IDictionary<string, object>>();
        return Convert.ToDecimal(rows.Single(r => (string)r["属地"] == jurisdiction)["完成数（家）"], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Loads the default plan (idempotent) and adds first HNTE certificates, in the program's own SQLite database.</summary>
    private async Task SeedAsync(params (string Jurisdiction, DateOnly Issued)[] certificates)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Seedbed:DataDirectory"] = _cli.PathOf("data") }).Build();
        await using var sp = new ServiceCollection().AddSeedbedCore(config, _cli.WorkDir).BuildServiceProvider();
        await sp.GetRequiredService<SeedbedInitializer>().MigrateAsync();
        await sp.GetRequiredService<LoadDefaultPlan>().ExecuteAsync();
        await using var db = await sp.GetRequiredService<IDbContextFactory<SeedbedDb>>().CreateDbContextAsync();
        var ids = await db.Jurisdictions.ToDictionaryAsync(j => j.Name, j => j.Id);
        var n = await db.Enterprises.CountAsync();
        foreach (var (jurisdiction, issued) in certificates)
        {
            var e = new Enterprise { Uscc = Uscc.Complete($"91330105CLB{++n:000000}"), Name = $"通报测试企业{n}", JurisdictionId = ids[jurisdiction] };
            e.Qualifications.Add(new Qualification { Kind = "hnte", Number = $"GR{n:0000}", IssuedOn = issued, ExpiresOn = issued.AddYears(3).AddDays(-1) });
            db.Enterprises.Add(e);
        }
        await db.SaveChangesAsync();
    }

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.Equal(0, p.ExitCode);
        return output;
    }
}
