using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Audit;

public class AuditTrailTests
{
    private static async Task<int> ChangeSomethingAsync(TestDatabase t)
    {
        await using var db = t.NewContext();
        db.Auditor = new AuditActor("张三", "bureau-staff", "10.1.2.3");
        var e = new Enterprise { Uscc = Uscc.Complete("91330105AUD000001"), Name = "审计测试", JurisdictionId = db.Jurisdictions.First().Id };
        db.Enterprises.Add(e);
        await db.SaveChangesAsync();
        e.Name = "审计测试（改）";
        await db.SaveChangesAsync();
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "export", "enterprise-list", Detail: "导出 1 家"));
        await db.SaveChangesAsync();
        return e.Id;
    }

    [Theory, Providers]
    public async Task EveryWrite_IsRecorded_WithWhoWhatAndOldNewValues(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var id = await ChangeSomethingAsync(t);
        await using var db = t.NewContext();
        var records = await db.AuditRecords.OrderBy(r => r.Sequence).ToListAsync();
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.Sequence));
        Assert.Equal(["create", "update", "export"], records.Select(r => r.Action));
        Assert.All(records, r => Assert.Equal(("张三", "bureau-staff", "10.1.2.3", "success"), (r.User, r.Role, r.Ip, r.Result)));
        Assert.Equal($"enterprise:{id}", records[1].Target);
        Assert.Contains("\"old\":\"审计测试\"", records[1].Detail, StringComparison.Ordinal);
        Assert.Contains("\"new\":\"审计测试（改）\"", records[1].Detail, StringComparison.Ordinal);
        Assert.Equal(AuditChain.Genesis, records[0].PrevHash);
        Assert.Equal(records[0].Hash, records[1].PrevHash);
        Assert.True((await t.Get<VerifyAuditTrail>().ExecuteAsync()).Intact);
    }

    [Theory, Providers]
    public async Task Verify_DetectsARecordAlteredDirectlyInTheDatabase(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await ChangeSomethingAsync(t);
        await using var db = t.NewContext();
        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditRecords\" SET \"User\" = '李四' WHERE \"Sequence\" = 2");
        var v = await t.Get<VerifyAuditTrail>().ExecuteAsync();
        Assert.False(v.Intact);
        Assert.Equal(2, v.BrokenAtSequence);
        Assert.Contains("已被篡改", v.Message, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Verify_DetectsADeletedRecord(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await ChangeSomethingAsync(t);
        await using var db = t.NewContext();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\" WHERE \"Sequence\" = 2");
        var v = await t.Get<VerifyAuditTrail>().ExecuteAsync();
        Assert.Equal(2, v.BrokenAtSequence);
        Assert.Contains("缺失", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_CannotBeChangedOrDeletedThroughTheApplication()
    {
        await using var t = await TestDatabase.CreateAsync("sqlite");
        await ChangeSomethingAsync(t);
        await using var db = t.NewContext();
        var r = await db.AuditRecords.FirstAsync();
        r.User = "篡改";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditRecords.Remove(await db.AuditRecords.FirstAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Theory, Providers]
    public async Task ConcurrentWriters_NeverForkTheChain(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var tasks = Enumerable.Range(0, 8).Select(async i =>
        {
            await using var db = t.NewContext();
            for (var k = 0; k < 5; k++)
            {
                db.AuditQueue.Add(new AuditEntry(new AuditActor($"u{i}", "staff"), "export", $"list:{k}"));
                await db.SaveChangesAsync();
            }
        });
        await Task.WhenAll(tasks);
        var v = await t.Get<VerifyAuditTrail>().ExecuteAsync();
        Assert.True(v.Intact, v.Message);
        Assert.Equal(40, v.Checked);
    }
}

public class AuditHeadTests
{
    [Theory, Providers]
    public async Task Verify_DetectsTheNewestRecordsDeleted(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await using (var db = t.NewContext())
        {
            for (var k = 0; k < 3; k++)
            {
                db.AuditQueue.Add(new AuditEntry(AuditActor.System, "export", $"list:{k}"));
                await db.SaveChangesAsync();
            }
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\" WHERE \"Sequence\" = 3");
        }
        var v = await t.Get<VerifyAuditTrail>().ExecuteAsync();
        Assert.False(v.Intact);
        Assert.Contains("校验点", v.Message, StringComparison.Ordinal);
    }
}
