using System.Text;
using Microsoft.Data.Sqlite;

namespace Seedbed.Cli.Tests;

public class AuditCliTests
{
    [Fact]
    public async Task AuditVerify_PassesOnAnIntactTrail_AndFailsAfterARecordIsAlteredInTheDatabase()
    {
        using var cli = new CliRunner();
        await File.WriteAllTextAsync(cli.PathOf("d.json"), """
            { "schema": "seedbed.dossier/1", "enterprises": [ { "uscc": "91440300708461136T", "name": "甲", "jurisdiction": "祥符" },
              { "uscc": "91330100716105852F", "name": "乙", "jurisdiction": "园区" } ] }
            """, Encoding.UTF8);
        Assert.Equal(0, (await cli.RunAsync("import", cli.PathOf("d.json"))).Code);
        var ok = await cli.RunAsync("audit", "verify");
        Assert.True(ok.Code == 0, ok.Err);
        Assert.Contains("哈希链校验通过", ok.Out, StringComparison.Ordinal);

        await using (var conn = new SqliteConnection($"Data Source={cli.PathOf("data/seedbed.db")};Pooling=False"))
        {
            await conn.OpenAsync();
            var users = conn.CreateCommand();
            users.CommandText = "SELECT COUNT(*) FROM AuditRecords WHERE User LIKE 'cli:%'";
            Assert.Equal(3L, (long)(await users.ExecuteScalarAsync())!); // two creates and the import itself
            var tamper = conn.CreateCommand();
            tamper.CommandText = "UPDATE AuditRecords SET Detail = replace(Detail, '甲', '丙') WHERE Sequence = 1";
            Assert.Equal(1, await tamper.ExecuteNonQueryAsync());
        }
        var bad = await cli.RunAsync("audit", "verify");
        Assert.Equal(1, bad.Code);
        Assert.Contains("第 1 条审计记录的内容与哈希不符", bad.Err, StringComparison.Ordinal);
    }
}
