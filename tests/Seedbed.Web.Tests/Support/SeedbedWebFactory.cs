using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Seedbed.Core.Data;

namespace Seedbed.Web.Tests.Support;

/// <summary>The real host on a fresh SQLite database in a temp folder, demo data off. Disposed = folder deleted.</summary>
public class SeedbedWebFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("seedbed-web-test-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Seedbed:DataDirectory", DataDirectory);
        builder.UseSetting("Seedbed:Demo", "false");
        builder.UseEnvironment("Development");
    }

    public IDbContextFactory<SeedbedDb> Db => Services.GetRequiredService<IDbContextFactory<SeedbedDb>>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, true); } catch (IOException) { }
    }
}
