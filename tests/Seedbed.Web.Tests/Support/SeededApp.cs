namespace Seedbed.Web.Tests.Support;

/// <summary>One host per test class, seeded with <see cref="TestData"/>; tests using it only read.</summary>
public sealed class SeededApp : IAsyncLifetime
{
    public SeedbedWebFactory Factory { get; } = new();
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();   // starts the host: migrate + seed jurisdictions
        await TestData.SeedAsync(Factory.Db);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
