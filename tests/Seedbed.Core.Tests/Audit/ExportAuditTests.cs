using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Tests.Support;
using static Seedbed.Core.Tests.Audit.AuditTestData;

namespace Seedbed.Core.Tests.Audit;

public class ExportAuditTests
{
    private static List<IDictionary<string, object?>> ReadBack(MemoryStream xlsx)
    {
        xlsx.Position = 0;
        Assert.Equal([ExportAudit.SheetName], MiniExcel.GetSheetNames(xlsx));
        xlsx.Position = 0;
        return MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: ExportAudit.SheetName).Cast<IDictionary<string, object?>>().ToList();
    }

    [Theory, Providers]
    public async Task Export_WritesTheFilteredRecords_WithChineseHeadersAndLabels(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var data = await SeedAsync(t);
        using var xlsx = new MemoryStream();
        var n = await t.Get<ExportAudit>().ExecuteAsync(new AuditFilter(Enterprise: "甲科技"), xlsx);

        Assert.Equal(2, n);
        var rows = ReadBack(xlsx);
        Assert.Equal(ExportAudit.Headers, rows[0].Keys);
        Assert.Equal(2, rows.Count);
        var update = rows[0];   // newest first
        Assert.Equal("2026-11-02 10:00:00", update["时间"]);   // Beijing time
        Assert.Equal(("li", "街道/园区专员", "10.0.0.2", "修改", "成功"), (update["账号"], update["角色"], update["IP"], update["操作"], update["结果"]));
        Assert.Equal($"enterprise:{data.Jia}（甲科技股份有限公司）", update["对象"]);
        Assert.Equal("企业名称：甲科技有限公司 → 甲科技股份有限公司", update["详情"]);
        Assert.Equal(2d, Convert.ToDouble(update["序号"], System.Globalization.CultureInfo.InvariantCulture));
        await using var db = t.NewContext();
        Assert.Equal((await db.AuditRecords.SingleAsync(r => r.Sequence == 2)).Hash, update["哈希"]);
        Assert.Equal("新增", rows[1]["操作"]);
    }

    [Theory, Providers]
    public async Task Export_IsItselfAudited_AndTheChainStillVerifies(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        // the web host sets the signed-in admin as the auditor of every context (the CLI: the operating-system user)
        t.Get<AuditActorProvider>().Current = () => Admin;
        var export = t.Get<ExportAudit>();
        using var all = new MemoryStream();
        Assert.Equal(7, await export.ExecuteAsync(new AuditFilter(), all));
        Assert.DoesNotContain(ReadBack(all), r => Equals(r["对象"], ExportAudit.Target));   // its own entry comes after

        using var failures = new MemoryStream();
        Assert.Equal(1, await export.ExecuteAsync(new AuditFilter(User: "wa", Result: "failure"), failures));

        await using var check = t.NewContext();
        var entries = await check.AuditRecords.Where(r => r.Action == "export" && r.Target == ExportAudit.Target).OrderBy(r => r.Sequence).ToListAsync();
        Assert.Equal([8L, 9], entries.Select(e => e.Sequence));
        Assert.Equal("导出审计记录 7 条；无筛选条件", entries[0].Detail);
        Assert.Equal("导出审计记录 1 条；账号含“wa”；结果：失败", entries[1].Detail);
        Assert.All(entries, e => Assert.Equal(("admin", "bureau-admin", "10.0.0.9", "success"), (e.User, e.Role, e.Ip, e.Result)));
        var v = await t.Get<VerifyAuditTrail>().ExecuteAsync();
        Assert.True(v.Intact, v.Message);
        Assert.Equal(9, v.Checked);
    }

    [Theory, Providers]
    public async Task Export_OfNothing_StillHasTheHeaderRow(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        using var xlsx = new MemoryStream();
        Assert.Equal(0, await t.Get<ExportAudit>().ExecuteAsync(new AuditFilter(Action: "approve"), xlsx));
        xlsx.Position = 0;
        var header = (IDictionary<string, object?>)MiniExcel.Query(xlsx, useHeaderRow: false, sheetName: ExportAudit.SheetName).First();
        Assert.Equal(ExportAudit.Headers, header.Values);
        Assert.DoesNotContain(ReadBack(xlsx), r => r.Values.Any(v => v is not null));
    }

    [Theory, Providers]
    public async Task Export_OverTheCap_IsRefused_AndNothingIsAudited(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        var capped = new ExportAudit(t.Factory) { Limit = 6 };
        using var xlsx = new MemoryStream();
        var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() => capped.ExecuteAsync(new AuditFilter(), xlsx));
        Assert.Contains("超过单次导出上限 6 条", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, xlsx.Length);
        Assert.Equal(2, await capped.ExecuteAsync(new AuditFilter(User: "li"), xlsx));
        await using var db = t.NewContext();
        Assert.Equal(1, await db.AuditRecords.CountAsync(r => r.Target == ExportAudit.Target));
    }

    [Theory, Providers]
    public async Task Export_ReadsInChunks_InOrder(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await using (var db = t.NewContext())
        {
            for (var i = 0; i < ExportAudit.ChunkSize + 5; i++) db.AuditQueue.Add(new AuditEntry(Wang, "login-failure", "user:wang", "failure"));
            await db.SaveChangesAsync();
        }
        using var xlsx = new MemoryStream();
        Assert.Equal(ExportAudit.ChunkSize + 5, await t.Get<ExportAudit>().ExecuteAsync(new AuditFilter(), xlsx));
        var seqs = ReadBack(xlsx).Select(r => Convert.ToInt64(r["序号"], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, ExportAudit.ChunkSize + 5).Reverse().Select(i => (long)i), seqs);
    }
}
