using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Seedbed.Core.Assessment;
using Seedbed.Core.Common;
using Seedbed.Web.Components.Pages.Checkup;

namespace Seedbed.Web.Hosting;

/// <summary>
/// The 科技度体检 report as PDF. The report component (the same one the page <c>/enterprises/{id}/checkup/report</c>
/// shows) is rendered to a self-contained HTML file in a temp folder, and headless Chromium prints that file
/// (<c>--print-to-pdf</c>). No HTTP hop back to our own server: works behind any proxy, with or without Kestrel, and
/// will not need credentials once pages require sign-in. The printing itself is <see cref="ChromiumPdf"/> (Seedbed.Core).
/// </summary>
public sealed class CheckupReportPdf(IConfiguration config, ILoggerFactory loggers, TimeProvider clock)
{
    public const string DefaultChromium = ChromiumPdf.DefaultChromium;
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

    /// <summary>Prints the HTML with Chromium (<see cref="ChromiumPdf"/>, shared with the bulletins).</summary>
    public Task<byte[]> PrintAsync(string html, CancellationToken ct) => new ChromiumPdf(ChromiumPath, Timeout, _log).PrintAsync(html, ct);

    private static string Safe(string name) => string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
}
