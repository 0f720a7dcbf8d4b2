using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Assessment;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Assessment;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Assessment;

public class CheckupTests
{
    private static readonly DateOnly Date = new(2020, 6, 30);

    /// <summary>Meets every HNTE condition except the R&amp;D ratio (4 % of 30,000,000 over three years).</summary>
    private static async Task<int> SeedAsync(TestDatabase t, string name = "杭州体检测试有限公司", int serial = 1, string jurisdiction = "祥符")
    {
        await using var db = t.NewContext();
        var e = new Enterprise
        {
            Uscc = Uscc.Complete("91330105TET" + serial.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)), Name = name,
            RegisteredOn = new DateOnly(2010, 1, 1), HightechField = "101",
            JurisdictionId = (await db.Jurisdictions.SingleAsync(j => j.Name == jurisdiction)).Id,
            TechAdvancementGrade = "A", CoreSupportGrade = "A", RdManagementSystem = 6, RdManagementInstitution = 6, RdManagementConversionIncentive = 4, RdManagementTalent = 4,
        };
        foreach (var y in new[] { 2017, 2018, 2019 })
            e.Years.Add(new FiscalYear { Year = y, SalesRevenue = 10_000_000m * (y - 2016), TotalIncome = 10_000_000m * (y - 2016), HightechIncome = 8_000_000m * (y - 2016),
                RdExpense = 400_000m * (y - 2016), RdExpenseDomestic = 400_000m * (y - 2016), NetAssets = 1_000_000m * (y - 2016), Employees = 50, TechStaff = 10, Conversions = 5 });
        e.IpItems.Add(new IpItem { Kind = "invention-patent", Number = "ZL" + serial.ToString(System.Globalization.CultureInfo.InvariantCulture), Status = "granted", Acquisition = "own", GrantedOn = new DateOnly(2018, 1, 1) });
        db.Enterprises.Add(e);
        await db.SaveChangesAsync();
        return e.Id;
    }

    [Theory, Providers]
    public async Task Checkup_AllRuleSetsSideBySide_WhatIfChangesTheVerdictWithoutSaving(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var id = await SeedAsync(t);
        var checkup = t.Get<TechCheckup>();
        var view = await checkup.ExecuteAsync(id, Date);
        Assert.Equal(["hnte-2016", "hz-hnte-2016", "tech-sme-2017", "zj-tech-sme-2016"], view.Results.Select(r => r.RuleSet.Id));
        var hnte = view.Results[0].Result;
        Assert.Equal(Verdict.Fail, hnte.Verdict);
        var gap = hnte.Gaps.Single(g => g.Id == "rd-expense-ratio");
        Assert.Equal(600_000m, gap.Amount); // 5 % of 60,000,000 − 2,400,000

        var whatIf = new WhatIf { Years = [new YearChange(2019) { RdExpense = 1_800_000m, RdExpenseDomestic = 1_800_000m }] };
        var better = await checkup.ExecuteAsync(id, Date, whatIf);
        Assert.Equal(Verdict.Pass, better.Results[0].Result.Verdict);
        await using var db = t.NewContext();
        Assert.Equal(1_200_000m, (await db.FiscalYears.SingleAsync(y => y.EnterpriseId == id && y.Year == 2019)).RdExpense);
        Assert.Equal(0, await db.Evaluations.CountAsync());
    }

    [Theory, Providers]
    public async Task Checkup_Save_KeepsTheGradesInTheSnapshot_AndListsItInTheHistory(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var id = await SeedAsync(t);
        var checkup = t.Get<TechCheckup>();
        var grades = new SelfAssessmentFacts("C", "D", 3, 3, 2, 2);
        var view = await checkup.ExecuteAsync(id, Date, new WhatIf { SelfAssessment = grades });
        var ids = await checkup.SaveAsync(view, "服务专员");
        Assert.Equal(4, ids.Count);
        var list = await t.Get<ListEvaluations>().ExecuteAsync(id, 1, 10);
        Assert.Equal(4, list.Total);
        var (stored, rules, result) = await t.Get<ListEvaluations>().GetAsync(list.Items.Single(i => i.RuleSetId == "hnte-2016").Id);
        Assert.Equal(grades, EvaluationRecord.Facts(stored).SelfAssessment);
        Assert.Equal(("hnte-2016", 1, "服务专员"), (rules.Id, rules.Version, stored.Actor));
        Assert.Equal(stored.ResultJson, AssessmentJson.ResultToJson(result));
        Assert.Equal("C", result.Score!.Items.Single(i => i.Id == "ip-advancement").Band);
    }

    [Theory, Providers]
    public async Task DistrictSummary_CountsTheLatestRunPerJurisdiction_AndTheMostFailedCondition(string provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        await SeedAsync(t, "甲", 1, "祥符");
        await SeedAsync(t, "乙", 2, "祥符");
        await SeedAsync(t, "丙", 3, "园区");
        await t.Get<AssessAll>().ExecuteAsync("hnte-2016", new DateOnly(2019, 6, 30), "x"); // an older run
        var run = await t.Get<AssessAll>().ExecuteAsync("hnte-2016", Date, "x");
        var s = await t.Get<DistrictSummary>().ExecuteAsync("hnte-2016");
        Assert.Equal((run.RunId, Date), (s.RunId, s.AsOf));
        Assert.Equal(11, s.Jurisdictions.Count);
        Assert.Equal((0, 2, 0), (s.Jurisdictions.Single(j => j.Jurisdiction == "祥符").Pass, s.Jurisdictions.Single(j => j.Jurisdiction == "祥符").Fail, s.Jurisdictions.Single(j => j.Jurisdiction == "祥符").Undetermined));
        Assert.Equal(1, s.Jurisdictions.Single(j => j.Jurisdiction == "园区").Fail);
        Assert.Equal(3, s.Jurisdictions.Sum(j => j.Total));
        Assert.Equal(new ConditionFailures("rd-expense-ratio", 3), s.MostFailed[0]);
    }
}
