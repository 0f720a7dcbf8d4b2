using Seedbed.Core.Demo;
using Seedbed.Core.Intake;

namespace Seedbed.Web.Hosting;

/// <summary>
/// Loads the demo district at start when <c>Seedbed:Demo</c> is true (the default; it only loads into an empty registry).
/// A failure is logged, never fatal. Records in <see cref="DemoStatus"/> whether the registry holds demo data.
/// </summary>
public static class DemoDistrictStartup
{
    public const string DemoKey = "Seedbed:Demo";

    public static bool IsDemo(IConfiguration config) => config.GetValue(DemoKey, true);

    public static async Task LoadIfConfiguredAsync(WebApplication app)
    {
        await LoadAsync(app);
        try
        {
            var factory = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Core.Data.SeedbedDb>>();
            await using var db = await factory.CreateDbContextAsync();
            app.Services.GetRequiredService<DemoStatus>().Loaded = await LoadDemoDistrict.IsLoadedAsync(db);
        }
        catch (Exception ex)
        {
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Seedbed.Demo").LogError(ex, "无法确定是否为演示数据 / cannot tell whether the demo district is loaded");
        }
    }

    private static async Task LoadAsync(WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Seedbed.Demo");
        if (!IsDemo(app.Configuration))
        {
            log.LogInformation("演示数据未启用（Seedbed:Demo=false），企业库保持原样 / demo data disabled");
            return;
        }
        try
        {
            var lastStage = "";
            var progress = new SynchronousProgress<IntakeProgress>(p =>
            {
                // log each stage once and then every 10 %, not every row
                var step = p.Total > 0 ? p.Done * 10 / p.Total : 0;
                var key = $"{p.Stage}/{step}";
                if (key == lastStage) return;
                lastStage = key;
                log.LogInformation("加载演示数据 / loading demo data: {Stage} {Done}/{Total}", p.Stage, p.Done, p.Total);
            });
            var loaded = await app.Services.GetRequiredService<LoadDemoDistrict>().ExecuteAsync(progress, app.Lifetime.ApplicationStopping);
            if (loaded) log.LogInformation("演示数据已加载 / demo district loaded");
            else log.LogInformation("企业库已有数据，未加载演示数据 / registry not empty, demo data skipped");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(ex, "加载演示数据失败，应用继续运行 / loading the demo district failed; the app keeps running");
        }
    }

    /// <summary>Reports on the caller's thread (System.Progress would post to the thread pool out of order).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
