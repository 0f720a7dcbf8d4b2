namespace Seedbed.Core.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Where the data lives. Configuration keys (environment variables use <c>__</c>):
/// <c>Seedbed:DataDirectory</c> (default <c>data</c> under the working directory),
/// <c>Seedbed:Database:Provider</c> (<c>sqlite</c> default, or <c>postgres</c>),
/// <c>ConnectionStrings:Seedbed</c> (required for postgres; optional override for sqlite).
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public static DatabaseSettings From(Func<string, string?> config, string workingDirectory)
    {
        var dataDir = config("Seedbed:DataDirectory");
        dataDir = Path.GetFullPath(string.IsNullOrWhiteSpace(dataDir) ? Path.Combine(workingDirectory, "data") : Path.Combine(workingDirectory, dataDir));
        var providerText = config("Seedbed:Database:Provider")?.Trim().ToLowerInvariant();
        var cs = config("ConnectionStrings:Seedbed");
        switch (providerText)
        {
            case null or "" or "sqlite":
                return new(DatabaseProvider.Sqlite,
                    string.IsNullOrWhiteSpace(cs) ? $"Data Source={Path.Combine(dataDir, "seedbed.db")};Foreign Keys=True" : cs, dataDir);
            case "postgres" or "postgresql" or "npgsql":
                if (string.IsNullOrWhiteSpace(cs))
                    throw new InvalidOperationException("使用 PostgreSQL 时必须设置连接字符串 ConnectionStrings__Seedbed");
                return new(DatabaseProvider.Postgres, cs, dataDir);
            default:
                throw new InvalidOperationException($"不支持的数据库类型“{providerText}”：Seedbed__Database__Provider 只能为 sqlite 或 postgres");
        }
    }
}
