using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Seedbed.Web.Hosting;

/// <summary>Prints the addresses the app listens on, in Chinese and English, once Kestrel has started.</summary>
public static class StartupBanner
{
    public static void Register(WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var list = addresses.Count > 0 ? string.Join("  ", addresses) : "(未知地址 / unknown address)";
        Console.WriteLine($"Seedbed 已启动 / Seedbed is running: {list}");
        Console.WriteLine("按 Ctrl+C 停止 / press Ctrl+C to stop");
    });
}
