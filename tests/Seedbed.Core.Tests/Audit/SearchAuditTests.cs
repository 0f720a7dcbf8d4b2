using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Tests.Support;
using static Seedbed.Core.Tests.Audit.AuditTestData;

namespace Seedbed.Core.Tests.Audit;

public class SearchAuditTests
{
    /// <summary>Asserts which records (by sequence, newest first) the filter finds.</summary>
    private static async Task Finds(TestDatabase t, AuditFilter filter, params long[] expected) =>
        Assert.Equal(expected, (await t.Get<SearchAudit>().ExecuteAsync(filter, 1, 200)).Items.Select(i => i.Sequence).ToArray());

    [Theory, Providers]
    public async Task NoFilter_ListsEverything_NewestFirst_WithUtcTimesAndEnterpriseNames(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var data = await SeedAsync(t);
        var page = await t.Get<SearchAudit>().ExecuteAsync(new AuditFilter(), 1, 20);
        Assert.Equal(7, page.Total);
        Assert.Equal([7L, 6, 5, 4, 3, 2, 1], page.Items.Select(i => i.Sequence));
        var update = page.Items.Single(i => i.Sequence == 2);
        Assert.Equal((Day(2), DateTimeKind.Utc), (update.At, update.At.Kind));
        Assert.Equal(("li", "jurisdiction-officer", "10.0.0.2", "update"), (update.User, update.Role, update.Ip, update.Action));
        Assert.Equal(($"enterprise:{data.Jia}", "甲科技股份有限公司"), (update.Target, update.TargetName));
        Assert.Null(page.Items.Single(i => i.Sequence == 7).TargetName); // deleted
    }

    [Theory, Providers]
    public async Task EachFilter_NarrowsTheTrail(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var data = await SeedAsync(t);
        await Finds(t, new AuditFilter(User: "han"), 7, 6, 1);           // contains
        await Finds(t, new AuditFilter(User: "li"), 3, 2);
        await Finds(t, new AuditFilter(Enterprise: "甲科技"), 2, 1);      // by name
        await Finds(t, new AuditFilter(Enterprise: "yjb0"), 3);         // by part of the USCC, any case
        await Finds(t, new AuditFilter(Enterprise: data.Bing.ToString(System.Globalization.CultureInfo.InvariantCulture)), 7, 6); // deleted, by id
        await Finds(t, new AuditFilter(Enterprise: "不存在的企业"));             // nothing
        await Finds(t, new AuditFilter(Action: "update"), 2);
        await Finds(t, new AuditFilter(Action: "delete"), 7);
        await Finds(t, new AuditFilter(Result: "failure"), 5);
        await Finds(t, new AuditFilter(From: Day(2), To: Day(4)), 3, 2);   // [from, to)
        await Finds(t, new AuditFilter(From: Day(5).AddSeconds(1)), 7, 6);
        await Finds(t, new AuditFilter(To: Day(1).AddTicks(10)), 1);
        await Finds(t, new AuditFilter(User: "zhang", Action: "create", From: Day(2)), 6);
    }

    [Theory, Providers]
    public async Task TimeBounds_OfAnyKind_AreTakenAsUtc(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        // the start of 2026-11-02 in Beijing is 2026-11-01 16:00 UTC
        var from = AuditVocabulary.FromChina(new DateTime(2026, 11, 2));
        Assert.Equal(new DateTime(2026, 11, 1, 16, 0, 0, DateTimeKind.Utc), from);
        await Finds(t, new AuditFilter(From: from, To: AuditVocabulary.FromChina(new DateTime(2026, 11, 3))), 2);
        await Finds(t, new AuditFilter(From: DateTime.SpecifyKind(Day(2), DateTimeKind.Unspecified), To: Day(3)), 2);
    }

    [Theory]
    [InlineData("2026-11-02", "2026-11-01T16:00:00")]                 // a Beijing day starts at 16:00 UTC the day before
    [InlineData("2026-11-02T08:30:00", "2026-11-02T00:30:00")]        // no offset: Beijing time
    [InlineData("2026-11-02T08:30:00Z", "2026-11-02T08:30:00")]
    [InlineData("2026-11-02T08:30:00+08:00", "2026-11-02T00:30:00")]
    public void Parse_FromBound_DateOrTimestamp(string text, string utc)
    {
        var from = AuditFilter.Parse(null, null, null, text, null, null).From!.Value;
        Assert.Equal((DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc), (from, from.Kind));
    }

    [Fact]
    public void Parse_ToDate_IncludesThatWholeDay_AndBlanksAreNoFilter()
    {
        var f = AuditFilter.Parse(" ", " zhang ", "", null, "2026-11-02", null);
        Assert.Equal(new AuditFilter(Enterprise: "zhang", To: new DateTime(2026, 11, 2, 16, 0, 0, DateTimeKind.Utc)), f);
        var ex = Assert.Throws<SeedbedValidationException>(() => AuditFilter.Parse(null, null, null, "昨天", null, null));
        Assert.Equal("from", ex.Issues.Single().Location);
    }

    [Theory, Providers]
    public async Task Paging_IsDisjointAndComplete(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t);
        var search = t.Get<SearchAudit>();
        var pages = new List<Paged<AuditItem>>();
        for (var p = 1; p <= 4; p++) pages.Add(await search.ExecuteAsync(new AuditFilter(), p, 3));
        Assert.All(pages, p => Assert.Equal(7, p.Total));
        Assert.Equal([3, 3, 1, 0], pages.Select(p => p.Items.Count));
        Assert.Equal([7L, 6, 5, 4, 3, 2, 1], pages.SelectMany(p => p.Items).Select(i => i.Sequence));
        var filtered = await search.ExecuteAsync(new AuditFilter(User: "zhang"), 2, 2);
        Assert.Equal(3, filtered.Total);
        Assert.Equal(1, Assert.Single(filtered.Items).Sequence);
    }

    [Theory, Providers]
    public async Task BadInput_IsRefusedInChinese(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var search = t.Get<SearchAudit>();
        async Task<string> Refused(AuditFilter f, int page = 1, int size = 20) =>
            (await Assert.ThrowsAsync<SeedbedValidationException>(() => search.ExecuteAsync(f, page, size))).Message;
        Assert.Contains("未知的操作", await Refused(new AuditFilter(Action: "hack")), StringComparison.Ordinal);
        Assert.Contains("未知的结果", await Refused(new AuditFilter(Result: "ok")), StringComparison.Ordinal);
        Assert.Contains("结束时间必须晚于开始时间", await Refused(new AuditFilter(From: Day(3), To: Day(3))), StringComparison.Ordinal);
        Assert.Contains("每页条数", await Refused(new AuditFilter(), size: SearchAudit.MaxPageSize + 1), StringComparison.Ordinal);
        Assert.Contains("页码", await Refused(new AuditFilter(), page: 0), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Retention_RecordsOlderThan180Days_AreKeptAndFound(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var longAgo = DateTime.UtcNow.AddDays(-400);
        await using (var db = t.NewContext())
        {
            db.UtcNow = () => longAgo;
            db.AuditQueue.Add(new AuditEntry(Zhang, "export", "enterprise-list"));
            await db.SaveChangesAsync();
        }
        await SeedAsync(t);   // later writes append; nothing purges
        await Finds(t, new AuditFilter(To: DateTime.UtcNow.AddDays(-180)), 1);
        Assert.True((await t.Get<VerifyAuditTrail>().ExecuteAsync()).Intact);
    }

    [Fact]
    public void Changes_OfADataChangeDetail_AreReadable()
    {
        var detail = """[{"field":"企业名称","old":"甲","new":"乙"},{"field":"企业","old":null,"new":"新建：甲"}]""";
        Assert.Equal([new AuditFieldChange("企业名称", "甲", "乙"), new AuditFieldChange("企业", null, "新建：甲")], AuditVocabulary.Changes(detail));
        Assert.Equal("企业名称：甲 → 乙\n企业：（空） → 新建：甲", AuditVocabulary.Describe(detail));
        Assert.Null(AuditVocabulary.Changes("导出 2 家"));
        Assert.Equal("导出 2 家", AuditVocabulary.Describe("导出 2 家"));
        Assert.Null(AuditVocabulary.Changes("[不是 JSON"));
    }
}
