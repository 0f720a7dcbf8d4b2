using System.Security.Cryptography;

namespace Seedbed.Web.Security;

/// <summary>
/// Security headers on every response: a Content-Security-Policy (scripts only from this server or with the per-request
/// nonce, no framing, no plugins, forms only to this server), nosniff, no referrer leaks. The nonce is put on the few
/// inline scripts the pages render (App.razor). <c>'unsafe-eval'</c> is allowed because the chart library
/// (Vizor.ECharts) evaluates its option objects with <c>eval()</c>; inline scripts without the nonce stay blocked.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string NonceKey = "seedbed.csp-nonce";

    /// <summary>
    /// Ant Design's tabs render the inline handler <c>ondragover="event.preventDefault();"</c>; exactly that handler is
    /// allowed by its hash ('unsafe-hashes' permits only listed hashes, not inline scripts in general).
    /// </summary>
    /// <summary>The report page's print button: <c>onclick="window.print()"</c>.</summary>
    public const string PrintButtonHash = "sha256-MguIPR6qNR8D3B+eAlK+bIRTZe8t3wkOY4B/56Me9FU=";

    public const string TabsDragOverHash = "sha256-3TGu3MXeXy11eUrHvptBo1UVsvdEkIojBrR41fi1sqM=";

    public static string Nonce(HttpContext http) => http.Items[NonceKey] as string ?? "";

    public Task InvokeAsync(HttpContext http)
    {
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));   // hex: no characters that HTML encodes
        http.Items[NonceKey] = nonce;
        // the API reference page (Scalar) configures itself with an inline script it renders without a nonce
        var script = http.Request.Path.StartsWithSegments("/api/docs", StringComparison.OrdinalIgnoreCase)
            ? "'self' 'unsafe-inline'"
            : $"'self' 'nonce-{nonce}' 'unsafe-eval' 'unsafe-hashes' '{TabsDragOverHash}' '{PrintButtonHash}'";
        var h = http.Response.Headers;
        h.ContentSecurityPolicy = $"default-src 'self'; script-src {script}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
                                  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "same-origin";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next(http);
    }
}
