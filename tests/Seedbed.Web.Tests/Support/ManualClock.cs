using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Seedbed.Web.Tests.Support;

/// <summary>A clock the test moves by hand (cookie expiry, idle timeout); timers still use real time.</summary>
public sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
    public override DateTimeOffset GetUtcNow() => Now;
    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>The host with a <see cref="ManualClock"/> and a chosen login rate limit.</summary>
public sealed class ClockedWebFactory(int loginAttemptsPerMinute = 1000) : SeedbedWebFactory
{
    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seedbed:LoginAttemptsPerMinute", loginAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
