using MiniExcelLibs;
using Seedbed.Core.Common;
using Seedbed.Core.Plans;

namespace Seedbed.Core.Tests.Plans;

/// <summary>The bulletin's snapshot, text, HTML and workbook from hand-built progress (no database).</summary>
public class BulletinDocumentTests
{
    private static readonly PlanPeriod Q3 = new(2019, 3);

    private static ProgressRow Row(string? j, decimal? committed, decimal? actual)
    {
        var expected = committed * Q3.YearFraction;
        return new ProgressRow(j, committed, committed + 5, expected, actual, actual / committed, null, actual / expected, Lights.None, null, null, null);
    }

    internal static BulletinSnapshot Sample(string evilName = "湖墅")
    {
        var hnte = new IndicatorProgress("hnte", "国家高新技术企业", "家", ActualSources.Computed, TargetKinds.Flow, true, "一、培育目标……",
            [Row(null, 40, 28), Row("园区", 20, 18), Row("祥符", 12, 6), Row(evilName, 8, 4)]);
        var sunrise = new IndicatorProgress("sunrise", "旭日计划2.0企业", "家", ActualSources.Computed, TargetKinds.Flow, false, "二、……",
            [Row(null, 35, 12), Row("园区", null, 6), Row("祥符", null, 3), Row(evilName, null, 3)]);
        var progress = new PlanProgress(1, "拱墅区高新技术企业培育三年行动方案（2018-2020年）", Q3, new DateOnly(2019, 9, 30), [hnte, sunrise]);
        var plan = new Plan
        {
            Code = "p", Name = progress.PlanName, SourceDocument = "doc", IssuingOffice = "拱墅区科学技术局", CreatedBy = "t",
            Indicators = [new() { Code = "hnte", Name = "国家高新技术企业", Unit = "家", ActualSource = "computed", SourceClause = "c" },
                new() { Code = "sunrise", Name = "旭日计划2.0企业", Unit = "家", ActualSource = "computed", SourceClause = "c" }],
        };
        var scheme = new AssessmentScheme
        {
            Id = 7, Name = "街道（园区）国高企培育考核", PeriodKind = "quarter",
            Items = [new() { IndicatorCode = "hnte", Weight = 60, Rule = ScoringRules.CompletionCapped, Cap = 1.2m, SortOrder = 1 },
                new() { IndicatorCode = "sunrise", Weight = 40, Rule = ScoringRules.RelativeToBest, SortOrder = 2 }],
        };
        var scores = SchemeScoring.Score(progress, scheme);
        return BulletinSnapshotBuilder.Build(plan, progress, scheme, scores,
            BulletinSnapshotBuilder.Title(Q3, "国家高新技术企业"), "拱科通〔2019〕3号", new DateOnly(2019, 10, 10));
    }

    [Fact]
    public void Snapshot_HasTheTitleTheTableAndTheSummaryWrittenOut()
    {
        var s = Sample();
        Assert.Equal("关于2019年第三季度全区国家高新技术企业培育工作进展情况的通报", s.Title);
        Assert.Equal("hnte", s.Headline);
        Assert.Equal(["园区", "祥符", "湖墅"], s.Jurisdictions.Select(j => j.Jurisdiction));
        var park = s.Jurisdictions[0];
        Assert.Equal((20m, 15m, 18m, 1), (park.Committed!.Value, park.Expected!.Value, park.Actual!.Value, park.Rank));
        Assert.Equal(112m, park.Total);   // 60 × 18/15 (exactly the 120 % cap) + 40 × 6/6
        Assert.Equal([1, 2, 2], s.Jurisdictions.Select(j => j.Rank));
        Assert.Contains("截至2019年9月30日，2019年全区新增国家高新技术企业28家，完成年度任务的70.0%、序时进度的93.3%。", s.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("3个街道（园区）中，1个已完成序时进度，2个尚未完成。", s.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("同期，全区新增旭日计划2.0企业12家，完成年度任务的34.3%、序时进度的45.7%。", s.Summary.Text, StringComparison.Ordinal);
        Assert.Contains("按“街道（园区）国高企培育考核”方案考核，得分居前的依次是园区（112.00分）、祥符（60.00分）、湖墅（60.00分）。", s.Summary.Text, StringComparison.Ordinal);
        Assert.Contains(s.Notes, n => n.Contains("序时任务数（年度任务数 × 75.0%", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_RoundTrips_AndTheHashIsChecked()
    {
        var s = Sample();
        var json = s.ToJson();
        var b = new Bulletin { Period = "2019Q3", Title = s.Title, Number = s.Number, GeneratedBy = "t", SnapshotJson = json, SnapshotSha256 = BulletinSnapshot.Sha256(json) };
        var back = BulletinSnapshot.Verify(b);
        Assert.Equal(json, back.ToJson());
        Assert.Equal(64, b.SnapshotSha256.Length);

        b.SnapshotJson = json.Replace("\"actual\":18", "\"actual\":19", StringComparison.Ordinal);
        Assert.NotEqual(json, b.SnapshotJson);
        var ex = Assert.Throws<SeedbedValidationException>(() => BulletinSnapshot.Verify(b));
        Assert.Contains("数据快照校验失败", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_IsAnA4BulletinWithTheRedHeaderTheTableAndTheSignature_AndEscapesText()
    {
        var html = BulletinHtml.Build(Sample("<b>湖墅</b>"));
        Assert.Contains("@page { size: A4;", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"office\">拱墅区科学技术局</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"number\">拱科通〔2019〕3号</div>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>关于2019年第三季度全区国家高新技术企业培育工作进展情况的通报</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<div>二〇一九年十月十日</div>", html, StringComparison.Ordinal);
        Assert.Contains("<th>序时完成率</th>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;湖墅&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>湖墅", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbook_HasTheJurisdictionTableTheIndicatorsAndTheInfo_AsNumbers()
    {
        using var ms = new MemoryStream();
        BulletinWorkbook.Write(Sample(), ms);
        ms.Position = 0;
        Assert.Equal([BulletinWorkbook.ScoresSheet, BulletinWorkbook.IndicatorsSheet, BulletinWorkbook.InfoSheet], ms.GetSheetNames());
        var rows = ms.Query(useHeaderRow: true, sheetName: BulletinWorkbook.ScoresSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("园区", rows[0]["属地"]);
        Assert.Equal(18d, Convert.ToDouble(rows[0]["完成数（家）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(120d, Convert.ToDouble(rows[0]["序时完成率（%）"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3, rows.Count(r => r.ContainsKey("总分")));
        var indicators = ms.Query(useHeaderRow: true, sheetName: BulletinWorkbook.IndicatorsSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("国家高新技术企业", indicators[0]["指标"]);
        Assert.Equal(70d, Convert.ToDouble(indicators[0]["年度完成率（%）"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2019-10-10", "二〇一九年十月十日")]
    [InlineData("2020-01-01", "二〇二〇年一月一日")]
    [InlineData("2019-12-31", "二〇一九年十二月三十一日")]
    [InlineData("2018-11-20", "二〇一八年十一月二十日")]
    public void DateInWords_IsTheOfficialStyle(string iso, string expected) =>
        Assert.Equal(expected, ChineseText.DateInWords(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Numbering_CountsTheIssueYearFromOne_PerPrefix()
    {
        Assert.Equal("拱科通", BulletinNumbering.Prefix("拱墅区科学技术局"));
        Assert.Equal("拱科通〔2019〕1号", BulletinNumbering.Next([], "拱墅区科学技术局", 2019));
        Assert.Equal("拱科通〔2019〕4号", BulletinNumbering.Next(["拱科通〔2019〕3号", "拱科通〔2019〕1号", "拱科通〔2018〕9号", "西科通〔2019〕7号"], "拱墅区科学技术局", 2019));
        Assert.Equal("拱科通〔2020〕1号", BulletinNumbering.Next(["拱科通〔2019〕3号"], "拱墅区科学技术局", 2020));
    }
}
