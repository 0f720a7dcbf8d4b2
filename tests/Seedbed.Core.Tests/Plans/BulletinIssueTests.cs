using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Plans;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Plans;

/// <summary>考核 on real data and bulletins: the snapshot freezes the numbers, rendering never recomputes, tampering is refused.</summary>
public class BulletinIssueTests
{
    private static readonly DateOnly IssuedOn = new(2019, 10, 10);

    [Theory, Providers]
    public async Task Scores_OnTheDefaultScheme_CapAndTies(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var seed = await ProgressSeed.CreateAsync(t);
        var r = await t.Get<ScoreJurisdictions>().ExecuteAsync(seed.PlanId, PlanPeriod.Parse("2019Q3"), null, ProgressSeed.After);
        Assert.Equal("街道（园区）国高企培育考核", r.Scheme.Name);
        Assert.Equal(11, r.Scores.Count);
        // 上塘 2 of 1.5 expected (133 %) capped at 120 % → 72; 祥符 1 of 2.25 → 26.67; the others nothing: 0, rank 3 together
        Assert.Equal(("上塘", 72m, 1), (r.Scores[0].Jurisdiction, r.Scores[0].Total, r.Scores[0].Rank));
        Assert.Equal(("祥符", 26.67m, 2), (r.Scores[1].Jurisdiction, r.Scores[1].Total, r.Scores[1].Rank));
        Assert.All(r.Scores.Skip(2), s => Assert.Equal((0m, 3), (s.Total, s.Rank)));
        Assert.Equal("完成率封顶120%", r.Scores[0].Items[0].Note);
    }

    [Theory, Providers]
    public async Task Bulletin_IsFrozen_RenderingAfterADataChangeGivesTheSameNumbers_ANewOneShowsTheNew(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var seed = await ProgressSeed.CreateAsync(t);
        var first = await t.Get<IssueBulletin>().ExecuteAsync(new IssueBulletinRequest("2019q3", IssuedOn: IssuedOn));
        Assert.Equal(("拱科通〔2019〕1号", "2019Q3"), (first.Number, first.Period));
        Assert.Equal("关于2019年第三季度全区国家高新技术企业培育工作进展情况的通报", first.Title);
        var before = (await t.Get<GetBulletin>().ExecuteAsync(first.Id))!;
        Assert.Equal(1m, before.Snapshot.Jurisdictions.Single(j => j.Jurisdiction == "祥符").Actual);
        Assert.Equal(3m, before.Snapshot.Summary.DistrictActual);
        Assert.Contains("2019年全区新增国家高新技术企业3家", before.Snapshot.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("11个街道（园区）中，1个已完成序时进度，10个尚未完成。", before.Snapshot.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("得分居前的依次是上塘（72.00分）、祥符（26.67分）。", before.Snapshot.Summary.Text, StringComparison.Ordinal);
        var workbook = await Xlsx(t, first.Id);

        await AddCertificateAsync(t, "祥符", new DateOnly(2019, 8, 1));

        var again = (await t.Get<GetBulletin>().ExecuteAsync(first.Id))!;
        Assert.Equal(before.Snapshot.ToJson(), again.Snapshot.ToJson());
        Assert.Equal(before.SnapshotSha256, again.SnapshotSha256);
        var workbookAgain = await Xlsx(t, first.Id);
        Assert.Equal(workbook.Keys.Order(), workbookAgain.Keys.Order());
        foreach (var (entry, bytes) in workbook) Assert.True(bytes.SequenceEqual(workbookAgain[entry]), entry);

        var second = await t.Get<IssueBulletin>().ExecuteAsync(new IssueBulletinRequest("2019Q3", IssuedOn: IssuedOn));
        Assert.Equal("拱科通〔2019〕2号", second.Number);
        var fresh = (await t.Get<GetBulletin>().ExecuteAsync(second.Id))!.Snapshot;
        Assert.Equal(2m, fresh.Jurisdictions.Single(j => j.Jurisdiction == "祥符").Actual);
        Assert.Equal(4m, fresh.Summary.DistrictActual);
        Assert.Equal([second.Id, first.Id], (await t.Get<ListBulletins>().ExecuteAsync(seed.PlanId, "2019Q3")).Select(b => b.Id));

        await using var db = t.NewContext();
        var audit = await db.AuditRecords.SingleAsync(a => a.Target == $"bulletin:{first.Id}");
        Assert.Equal(("create", "zhang"), (audit.Action, audit.User));
        Assert.Contains(before.SnapshotSha256, audit.Detail, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task ATamperedSnapshot_IsRefused_InChinese(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await ProgressSeed.CreateAsync(t);
        var b = await t.Get<IssueBulletin>().ExecuteAsync(new IssueBulletinRequest("2019", IssuedOn: new DateOnly(2020, 1, 20)));
        Assert.Equal("拱科通〔2020〕1号", b.Number);
        await using (var db = t.NewContext())
        {
            var row = await db.Bulletins.SingleAsync(x => x.Id == b.Id);
            row.SnapshotJson = row.SnapshotJson.Replace("\"jurisdiction\":\"祥符\"", "\"jurisdiction\":\"祥符街道\"", StringComparison.Ordinal);
            await db.SaveChangesAsync();
        }
        foreach (var format in RenderBulletin.Formats)
        {
            var ex = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<RenderBulletin>().ExecuteAsync(b.Id, format));
            Assert.Contains("拱科通〔2020〕1号", ex.Message, StringComparison.Ordinal);
            Assert.Contains("数据快照校验失败", ex.Message, StringComparison.Ordinal);
        }
        Assert.Null(await t.Get<RenderBulletin>().ExecuteAsync(b.Id + 100, "xlsx"));
    }

    [Theory, Providers]
    public async Task BadRequests_AreRefused_AndWriteNothing(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var noPlan = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<IssueBulletin>().ExecuteAsync(new IssueBulletinRequest("2019Q3")));
        Assert.Contains("尚未载入计划", noPlan.Message, StringComparison.Ordinal);
        await t.Get<LoadDefaultPlan>().ExecuteAsync();
        var badPeriod = await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<IssueBulletin>().ExecuteAsync(new IssueBulletinRequest("2019Q5")));
        Assert.Contains("期间“2019Q5”无效", badPeriod.Message, StringComparison.Ordinal);
        var early = await Assert.ThrowsAsync<SeedbedValidationException>(() =>
            t.Get<IssueBulletin>().ExecuteAsync(new IssueBulletinRequest("2019Q3", IssuedOn: new DateOnly(2019, 6, 30))));
        Assert.Contains("早于考核期间", early.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<IssueBulletin>().ExecuteAsync(new IssueBulletinRequest("2019Q3", SchemeId: 999)));
        await Assert.ThrowsAsync<SeedbedValidationException>(() => t.Get<RenderBulletin>().ExecuteAsync(1, "docx"));
        await using var db = t.NewContext();
        Assert.Equal(0, await db.Bulletins.CountAsync());
    }

    /// <summary>The workbook's data: every sheet, the shared strings and the styles, entry by entry (the package's relationship ids
    /// are random GUIDs written by MiniExcel, so workbook.xml and its .rels differ between any two writes).</summary>
    private static async Task<Dictionary<string, byte[]>> Xlsx(TestDatabase t, int id)
    {
        var file = (await t.Get<RenderBulletin>().ExecuteAsync(id, "xlsx"))!;
        Assert.EndsWith(".xlsx", file.FileName, StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(file.Content), ZipArchiveMode.Read);
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var e in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)
                     || e.FullName is "xl/sharedStrings.xml" or "xl/styles.xml"))
        {
            using var ms = new MemoryStream();
            await using (var s = e.Open()) await s.CopyToAsync(ms);
            result[e.FullName] = ms.ToArray();
        }
        Assert.Contains("xl/worksheets/sheet1.xml", result.Keys);
        Assert.Contains("xl/worksheets/sheet2.xml", result.Keys);
        return result;
    }

    private static async Task AddCertificateAsync(TestDatabase t, string jurisdiction, DateOnly issued)
    {
        await using var db = t.NewContext();
        var j = await db.Jurisdictions.SingleAsync(x => x.Name == jurisdiction);
        var e = new Enterprise { Uscc = Uscc.Complete("91330105PRN000001"), Name = "新认定企业", JurisdictionId = j.Id };
        e.Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR2019999", IssuedOn = issued, ExpiresOn = issued.AddYears(3).AddDays(-1) });
        db.Enterprises.Add(e);
        await db.SaveChangesAsync();
    }
}
