using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Seedbed.Core.Data;

/// <summary>SQLite flavour of the model: owns the SQLite migrations (Data/Migrations/Sqlite).</summary>
public sealed class SqliteSeedbedDb(DbContextOptions<SqliteSeedbedDb> options) : SeedbedDb(options);

/// <summary>PostgreSQL flavour of the model: owns the PostgreSQL migrations (Data/Migrations/Postgres).</summary>
public sealed class PostgresSeedbedDb(DbContextOptions<PostgresSeedbedDb> options) : SeedbedDb(options);

/// <summary>Design-time factory for <c>dotnet ef migrations add X --context SqliteSeedbedDb</c>.</summary>
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteSeedbedDb>
{
    public SqliteSeedbedDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSeedbedDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Design-time factory for <c>dotnet ef migrations add X --context PostgresSeedbedDb</c>.</summary>
public sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresSeedbedDb>
{
    public PostgresSeedbedDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSeedbedDb>().UseNpgsql("Host=localhost;Database=design").Options);
}
