using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Seedbed.Core.Common;

/// <summary>Chromium is missing, timed out or failed: the API answers 503 with this (Chinese) message, the CLI exits 1.</summary>
public sealed class PdfUnavailableException(string message) : Exception(message);

/// <summary>
/// Prints a self-contained HTML document (inline CSS, no scripts, no external resources) to PDF with headless Chromium
/// (<c>--print-to-pdf</c>; the page size comes from the document's <c>@page</c> rule). Used by the web host (体检报告) and by
/// the CLI and the web host (通报). The HTML is written to a temp folder and printed from there: no HTTP hop. The temp folder
/// (HTML, Chromium profile, PDF) is always deleted; two Chromiums at most run at once (2-core server).
/// </summary>
public sealed class ChromiumPdf(string chromiumPath, TimeSpan timeout, ILogger? log = null)
{
    public const string DefaultChromium = "/usr/bin/chromium";
    private static readonly SemaphoreSlim Gate = new(2);
    private readonly ILogger _log = log ?? NullLogger.Instance;

    public string ChromiumPath => chromiumPath;

    /// <summary>From the configuration keys <c>Seedbed:Chromium</c> (path) and <c>Seedbed:ChromiumTimeoutSeconds</c> (default 60).</summary>
    public static ChromiumPdf FromConfig(Func<string, string?> config, ILogger? log = null) =>
        new(config("Seedbed:Chromium") is { Length: > 0 } p ? p : DefaultChromium,
            TimeSpan.FromSeconds(int.TryParse(config("Seedbed:ChromiumTimeoutSeconds"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 60), log);

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        if (!File.Exists(chromiumPath))
            throw new PdfUnavailableException($"服务器上未找到 Chromium（{chromiumPath}），无法生成 PDF。请安装 chromium 或配置 Seedbed:Chromium；也可打开报告页面用浏览器打印。");
        await Gate.WaitAsync(ct);
        var dir = Directory.CreateTempSubdirectory("seedbed-pdf-");
        Process? p = null;
        try
        {
            var htmlFile = Path.Combine(dir.FullName, "report.html");
            var pdfFile = Path.Combine(dir.FullName, "report.pdf");
            await File.WriteAllTextAsync(htmlFile, html, Encoding.UTF8, ct);
            var psi = new ProcessStartInfo(chromiumPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
                         "--user-data-dir=" + Path.Combine(dir.FullName, "profile"), "--print-to-pdf=" + pdfFile, new Uri(htmlFile).AbsoluteUri })
                psi.ArgumentList.Add(a);
            p = Process.Start(psi) ?? throw new PdfUnavailableException("无法启动 Chromium，未能生成 PDF。");
            var stderr = p.StandardError.ReadToEndAsync(CancellationToken.None);
            _ = p.StandardOutput.ReadToEndAsync(CancellationToken.None);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout);
            try { await p.WaitForExitAsync(limit.Token); }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new PdfUnavailableException($"Chromium 在 {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} 秒内未能生成 PDF，请稍后重试。");
            }
            if (!File.Exists(pdfFile) || new FileInfo(pdfFile).Length == 0)
            {
                _log.LogWarning("Chromium 未生成 PDF / no PDF, exit {Code}: {Err}", p.ExitCode, await stderr);
                throw new PdfUnavailableException("Chromium 未能生成 PDF，请稍后重试或联系管理员。");
            }
            return await File.ReadAllBytesAsync(pdfFile, ct);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            _log.LogWarning(ex, "Chromium 无法启动 / cannot start {Path}", chromiumPath);
            throw new PdfUnavailableException($"无法启动 Chromium（{chromiumPath}），未能生成 PDF。");
        }
        finally
        {
            if (p is { HasExited: false }) { try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } }
            p?.Dispose();
            Gate.Release();
            try { dir.Delete(true); }
            catch (IOException ex) { _log.LogWarning(ex, "临时目录未能删除 / temp folder not deleted: {Dir}", dir.FullName); }
            catch (UnauthorizedAccessException ex) { _log.LogWarning(ex, "临时目录未能删除 / temp folder not deleted: {Dir}", dir.FullName); }
        }
    }
}
