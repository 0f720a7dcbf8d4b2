using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Seedbed.Core.Data;

/// <summary>
/// Settings SQLite keeps per connection, applied whenever EF opens one: reads through memory-mapped I/O (up to 256 MB
/// of the file) instead of copying every page with a <c>pread</c> call into the connection's small page cache. The
/// dashboard's counts scan tens of megabytes of index per request; with the copies a sixth of their time was spent in
/// the kernel (docs/benchmarks.md, "Plan dashboard").
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const long MmapBytes = 256L * 1024 * 1024;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);   // Microsoft.Data.Sqlite executes synchronously anyway
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA mmap_size = {MmapBytes};";
        command.ExecuteNonQuery();
    }
}
