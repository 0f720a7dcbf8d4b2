using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Accounts;
using Seedbed.Core.Audit;
using Seedbed.Core.Data;

namespace Seedbed.Web.Tests.Support;

/// <summary>
/// The real host on a fresh SQLite database in a temp folder, demo data off. Disposed = folder deleted. Clients made by
/// <c>CreateClient()</c> act as a bureau admin through a real personal API token; <see cref="ClientAsAsync"/> gives one
/// for any role, <see cref="AnonymousClient"/> one without credentials.
/// </summary>
public class SeedbedWebFactory : WebApplicationFactory<Program>
{
    public const string AdminName = "test-admin";
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("seedbed-web-test-").FullName;
    private readonly ConcurrentDictionary<string, TestAccount> _accounts = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _anonymous;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Seedbed:DataDirectory", DataDirectory);
        builder.UseSetting("Seedbed:Demo", "false");
        builder.UseEnvironment("Development");
    }

    /// <summary>Direct database access for arranging and checking tests: sees everything (like the bureau).</summary>
    public IDbContextFactory<SeedbedDb> Db => new EverythingFactory(Services.GetRequiredService<IDbContextFactory<SeedbedDb>>());

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (!_anonymous) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AccountAsync(AdminName, Roles.BureauAdmin).GetAwaiter().GetResult().Token);
    }

    public HttpClient AnonymousClient(WebApplicationFactoryClientOptions? options = null)
    {
        _gate.Wait();
        try
        {
            _anonymous = true;
            return CreateClient(options ?? new WebApplicationFactoryClientOptions());
        }
        finally
        {
            _anonymous = false;
            _gate.Release();
        }
    }

    /// <summary>A client acting as an account of the given role (created on first use, with a real API token).</summary>
    public async Task<HttpClient> ClientAsAsync(string userName, string role, string? jurisdiction = null, string? enterpriseUscc = null)
    {
        var account = await AccountAsync(userName, role, jurisdiction, enterpriseUscc);
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.Token);
        return client;
    }

    /// <summary>An account with a known password (no forced change) and an API token; created once per name.</summary>
    public async Task<TestAccount> AccountAsync(string userName, string role, string? jurisdiction = null, string? enterpriseUscc = null, bool mustChange = false)
    {
        if (_accounts.TryGetValue(userName, out var known)) return known;
        var password = "Test-" + Guid.NewGuid().ToString("N")[..12];
        var users = Services.GetRequiredService<ManageUsers>();
        if (mustChange) password = await users.AddAsync(userName, role, null, jurisdiction, enterpriseUscc, AuditActor.System);   // one-time password
        else await users.AddAsync(userName, role, null, jurisdiction, enterpriseUscc, AuditActor.System, password: password);
        var token = await Services.GetRequiredService<ApiTokens>().IssueAsync(userName, "tests", AuditActor.System);
        return _accounts[userName] = new TestAccount(userName, password, token);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _gate.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, true); } catch (IOException) { }
    }

    private sealed class EverythingFactory(IDbContextFactory<SeedbedDb> inner) : IDbContextFactory<SeedbedDb>
    {
        public SeedbedDb CreateDbContext()
        {
            var db = inner.CreateDbContext();
            db.Scope = AccessScope.Everything;
            return db;
        }
    }
}

public sealed record TestAccount(string UserName, string Password, string Token);
