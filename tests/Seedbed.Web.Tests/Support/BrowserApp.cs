using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Seedbed.Web.Tests.Support;

/// <summary>
/// The real host on Kestrel (random port) with <see cref="TestData"/>, and Debian's Chromium driven by Playwright.
/// Playwright never downloads a browser: it launches /usr/bin/chromium.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    /// <summary>The browser suite signs in through the login form many times a minute: the login rate limit (tested in SignInTests) is raised.</summary>
    public SeedbedWebFactory Factory { get; } = new BrowserWebFactory();
    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright? _playwright;

    /// <summary>Screenshots taken during the run go here (to look at, not asserted).</summary>
    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("SEEDBED_SCREENSHOTS") is { Length: > 0 } d ? d : Path.Combine(Path.GetTempPath(), "seedbed-screenshots");

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        await TestData.SeedAsync(Factory.Db);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
        // Playwright's assertions wait 5 s by default, actions 30 s (set per context below). On CI's two cores the Web
        // and Core suites run side by side with PostgreSQL and Chromium, where a step can take longer than 5 s (a CI run failed so):
        // the assertions get the same patience as the actions.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    /// <summary>A new browser context signed in (through the real login form) as the test admin, or as <paramref name="account"/>.</summary>
    public async Task<IPage> NewPageAsync(TestAccount? account = null)
    {
        var page = await NewSignedOutPageAsync();
        account ??= await Factory.AccountAsync(SeedbedWebFactory.AdminName, Seedbed.Core.Accounts.Roles.BureauAdmin);
        await LoginAsync(page, account.UserName, account.Password);
        await page.WaitForURLAsync(u => !u.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    public async Task<IPage> NewSignedOutPageAsync()
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl, Locale = "zh-CN", TimezoneId = "Asia/Shanghai", ViewportSize = new() { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") lock (errors) errors.Add(m.Text); };
        page.PageError += (_, e) => { lock (errors) errors.Add(e); };
        Errors.Add(page, errors);
        return page;
    }

    /// <summary>Fills and submits the login form.</summary>
    public static async Task LoginAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#login-submit");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>Opens a page (signed in) and waits until the Blazor circuit is connected (clicks before that would be lost).</summary>
    public async Task<IPage> OpenAsync(string path, TestAccount? account = null)
    {
        var page = await NewPageAsync(account);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("#interactive-ready", new() { State = WaitForSelectorState.Attached });
        return page;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> Errors = new();

    /// <summary>Console errors and uncaught exceptions of the page so far (CSP violations, script failures).</summary>
    public static IReadOnlyList<string> ErrorsOf(IPage page)
    {
        var list = Errors.TryGetValue(page, out var e) ? e : [];
        lock (list) return [.. list];
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Factory.Dispose();
    }
}

/// <summary>The web host of the browser suite: as <see cref="SeedbedWebFactory"/>, with room for many form sign-ins per minute.</summary>
public sealed class BrowserWebFactory : SeedbedWebFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seedbed:LoginAttemptsPerMinute", "1000");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
