using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Seedbed.Core.Assessment;
using Seedbed.Web.Components.Pages.Checkup;

namespace Seedbed.Web.Hosting;

/// <summary>Chromium is missing, timed out or failed: the API answers 503 with this (Chinese) message.</summary>
public sealed class PdfUnavailableException(string message) : Exception(message);

/// <summary>
/// The 科技度体检 report as PDF. The report component (the same one the page <c>/enterprises/{id}/checkup/report</c>
/// shows) is rendered to a self-contained HTML file in a temp folder, and headless Chromium prints that file
/// (<c>--print-to-pdf</c>). No HTTP hop back to our own server: works behind any proxy, with or without Kestrel, and
/// will not need credentials once pages require sign-in. The temp folder (HTML, Chromium profile, PDF) is always deleted.
/// </summary>
public sealed class CheckupReportPdf(IConfiguration config, ILoggerFactory loggers, TimeProvider clock)
{
    public const string DefaultChromium = "/usr/bin/chromium";
    private static readonly SemaphoreSlim Gate = new(2);   // two Chromiums at most (2-core server)
    private readonly ILogger _log = loggers.CreateLogger<CheckupReportPdf>();

    public string ChromiumPath => config["Seedbed:Chromium"] is { Length: > 0 } p ? p : DefaultChromium;

    public TimeSpan Timeout => TimeSpan.FromSeconds(config.GetValue("Seedbed:ChromiumTimeoutSeconds", 60));

    public static string FileName(CheckupView view) =>
        $"科技度体检报告_{Safe(view.Name)}_{view.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf";

    public async Task<byte[]> RenderAsync(CheckupView view, IServiceProvider services, CancellationToken ct)
    {
        var html = await RenderHtmlAsync(view, services);
        return await PrintAsync(html, ct);
    }

    /// <summary>The report as a complete HTML document (inline print CSS, no scripts, no external resources).</summary>
    public async Task<string> RenderHtmlAsync(CheckupView view, IServiceProvider services)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        var body = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<CheckupReport>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(CheckupReport.View)] = view, [nameof(CheckupReport.GeneratedAt)] = clock.GetUtcNow().UtcDateTime,
            }));
            return output.ToHtmlString();
        });
        return $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{System.Net.WebUtility.HtmlEncode(view.Name)}</title></head><body>{body}</body></html>";
    }

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        if (!File.Exists(ChromiumPath))
            throw new PdfUnavailableException($"服务器上未找到 Chromium（{ChromiumPath}），无法生成 PDF。请安装 chromium 或配置 Seedbed:Chromium；也可打开报告页面用浏览器打印。");
        await Gate.WaitAsync(ct);
        var dir = Directory.CreateTempSubdirectory("seedbed-pdf-");
        Process? p = null;
        try
        {
            var htmlFile = Path.Combine(dir.FullName, "report.html");
            var pdfFile = Path.Combine(dir.FullName, "report.pdf");
            await File.WriteAllTextAsync(htmlFile, html, Encoding.UTF8, ct);
            var psi = new ProcessStartInfo(ChromiumPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
                         "--user-data-dir=" + Path.Combine(dir.FullName, "profile"), "--print-to-pdf=" + pdfFile, new Uri(htmlFile).AbsoluteUri })
                psi.ArgumentList.Add(a);
            p = Process.Start(psi) ?? throw new PdfUnavailableException("无法启动 Chromium，未能生成 PDF。");
            var stderr = p.StandardError.ReadToEndAsync(CancellationToken.None);
            _ = p.StandardOutput.ReadToEndAsync(CancellationToken.None);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            try { await p.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new PdfUnavailableException($"Chromium 在 {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} 秒内未能生成 PDF，请稍后重试。");
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
            _log.LogWarning(ex, "Chromium 无法启动 / cannot start {Path}", ChromiumPath);
            throw new PdfUnavailableException($"无法启动 Chromium（{ChromiumPath}），未能生成 PDF。");
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

    private static string Safe(string name) => string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
}
