using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Seedbed.Bench;

/// <summary>Bulk inserts for the benchmark only (the application never writes like this): one prepared INSERT in one
/// transaction on SQLite, binary COPY on PostgreSQL. Returns the number of rows written.</summary>
internal static class DashboardWriter
{
    public static long Sqlite(string connectionString, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        using var c = new SqliteConnection(connectionString);
        c.Open();
        using var tx = c.BeginTransaction();
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(x => $"\"{x}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        var ps = columns.Select((_, i) =>
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "$p" + i.ToString(CultureInfo.InvariantCulture);
            cmd.Parameters.Add(p);
            return p;
        }).ToArray();
        cmd.Prepare();
        long n = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++) ps[i].Value = SqliteValue(row[i]);
            cmd.ExecuteNonQuery();
            n++;
        }
        tx.Commit();
        return n;
    }

    /// <summary>As EF Core's SQLite provider stores them: dates as text, timestamps as text, booleans as 0/1.</summary>
    private static object SqliteValue(object? v) => v switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => v,
    };

    public static long Postgres(string connectionString, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        using var w = c.BeginBinaryImport($"COPY \"{table}\" ({string.Join(", ", columns.Select(x => $"\"{x}\""))}) FROM STDIN (FORMAT BINARY)");
        long n = 0;
        foreach (var row in rows)
        {
            w.StartRow();
            foreach (var v in row)
            {
                switch (v)
                {
                    case null: w.WriteNull(); break;
                    case int i: w.Write(i); break;
                    case long l: w.Write(l); break;
                    case string s: w.Write(s); break;
                    case bool b: w.Write(b); break;
                    case DateOnly d: w.Write(d); break;
                    case DateTime t: w.Write(t); break;
                    default: throw new InvalidOperationException($"unsupported value {v.GetType()}");
                }
            }
            n++;
        }
        w.Complete();
        return n;
    }
}
