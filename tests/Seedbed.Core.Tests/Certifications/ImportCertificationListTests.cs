using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Certifications;
using Seedbed.Core.Tests.Support;
using static Seedbed.Core.Tests.Certifications.CertificationTestData;

namespace Seedbed.Core.Tests.Certifications;

/// <summary>The sample list against a small registry: every row status, dry run, all-or-nothing, valid rows only, audit and history.</summary>
public class ImportCertificationListTests
{
    private static async Task<ListImportResult> ImportAsync(TestDatabase t, bool dryRun = false, bool validRowsOnly = false)
    {
        await using var f = File.OpenRead(FixturePath);
        return await t.Get<ImportCertificationList>().ExecuteAsync(f, "名单.xlsx", "hnte",
            new ImportListOptions { DryRun = dryRun, ValidRowsOnly = validRowsOnly, Actor = "王五" });
    }

    private static async Task<(int Quals, int Audit)> CountsAsync(TestDatabase t)
    {
        await using var db = t.NewContext();
        return (await db.Qualifications.CountAsync(), await db.AuditRecords.CountAsync());
    }

    [Theory, Providers]
    public async Task DryRun_ReportsEveryRow_AndWritesNothing(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var ids = await SeedListRegistryAsync(t);
        var before = await CountsAsync(t);
        var r = await ImportAsync(t, dryRun: true);
        Assert.False(r.Written);
        Assert.Equal(
            [(3, ListRowStatus.New), (4, ListRowStatus.New), (5, ListRowStatus.Unmatched), (6, ListRowStatus.Ambiguous),
             (7, ListRowStatus.Duplicate), (8, ListRowStatus.AlreadyRecorded), (9, ListRowStatus.Invalid), (10, ListRowStatus.Unmatched)],
            r.Rows.Select(x => (x.Row, x.Status)));
        Assert.Equal(ids["甲"], r.Rows[0].EnterpriseId);  // by USCC although the registry's name differs
        Assert.Equal(ids["乙"], r.Rows[1].EnterpriseId);  // by name: spaces and half-width parentheses in the list
        Assert.Contains("2家企业", r.Rows[3].Message, StringComparison.Ordinal);
        Assert.Contains("第3行", r.Rows[4].Message, StringComparison.Ordinal);
        Assert.Equal(["名单!D9", "名单!E9"], r.Errors.Select(e => e.Location).Order(StringComparer.Ordinal));
        Assert.Contains(r.Errors, e => e.Message.Contains("GR + 年份", StringComparison.Ordinal));
        Assert.NotNull(r.UnmatchedWorkbook);
        Assert.Equal(before, await CountsAsync(t));
    }

    [Theory, Providers]
    public async Task InvalidCell_LeavesTheDatabaseUnchanged(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedListRegistryAsync(t);
        var before = await CountsAsync(t);
        var r = await ImportAsync(t);
        Assert.False(r.Written);
        Assert.Equal(0, r.Created);
        Assert.Equal(before, await CountsAsync(t));
    }

    [Theory, Providers]
    public async Task ValidRowsOnly_WritesTheNewMatchedRows_WithDefaultExpiry_HistoryAndImportAudit(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var ids = await SeedListRegistryAsync(t);
        var r = await ImportAsync(t, validRowsOnly: true);
        Assert.True(r.Written);
        Assert.Equal(2, r.Created);
        await using var db = t.NewContext();
        var jia = await db.Qualifications.SingleAsync(q => q.EnterpriseId == ids["甲"]);
        Assert.Equal(("GR202333001001", new DateOnly(2023, 12, 8), (DateOnly?)new DateOnly(2026, 12, 7)), (jia.Number, jia.IssuedOn, jia.ExpiresOn));
        Assert.Equal(1, await db.Qualifications.CountAsync(q => q.EnterpriseId == ids["乙"]));
        Assert.Equal(0, await db.Qualifications.CountAsync(q => q.EnterpriseId == ids["丁1"] || q.EnterpriseId == ids["丁2"] || q.EnterpriseId == ids["己"]));
        var history = await db.ChangeRecords.SingleAsync(c => c.EnterpriseId == ids["甲"] && c.Field == "资质");
        Assert.Equal(("王五", "认定名单导入 名单.xlsx"), (history.Actor, history.Source));
        Assert.Contains("GR202333001001", history.NewValue, StringComparison.Ordinal);
        var audit = await db.AuditRecords.SingleAsync(a => a.Action == "import");
        Assert.Equal("file:名单.xlsx", audit.Target);
        Assert.Contains("新增 2 行", audit.Detail, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task SecondImport_SkipsWhatIsAlreadyRecorded(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedListRegistryAsync(t);
        await ImportAsync(t, validRowsOnly: true);
        var again = await ImportAsync(t, validRowsOnly: true);
        Assert.Equal(0, again.Created);
        Assert.Equal(3, again.Count(ListRowStatus.AlreadyRecorded));
    }

    [Theory, Providers]
    public async Task NotAWorkbook_IsRejectedAsAFile(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var r = await t.Get<ImportCertificationList>().ExecuteAsync(new MemoryStream("序号,企业名称"u8.ToArray()), "x.csv", "hnte", new ImportListOptions());
        Assert.True(r.FileRejected);
        Assert.Contains(".xlsx", r.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_TolerateNotesSpacesAndVariants()
    {
        Assert.Equal("uscc", CertificationListReader.FieldOf("统一社会信用代码（选填）"));
        Assert.Equal("issuedOn", CertificationListReader.FieldOf(" 发证 时间 "));
        Assert.Equal("number", CertificationListReader.FieldOf("*证书编号"));
        Assert.Equal("expiresOn", CertificationListReader.FieldOf("有效期(截止)"));
        Assert.Null(CertificationListReader.FieldOf("备注"));
    }
}
