using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Assessment;
using Seedbed.Core.Audit;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Pipeline;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Pipeline;

/// <summary>Five enterprises, one per pool situation, on <see cref="Date"/>; staff member zhang acting.</summary>
internal sealed record PoolSeed(int Certified, int ReserveByTax, int ReserveByQualification, int Nothing, int Application, int XiangfuJ, int ParkJ)
{
    public static readonly DateOnly Date = new(2021, 6, 30);
    public static readonly AuditActor Zhang = new("zhang", "bureau-staff");

    public static async Task<PoolSeed> CreateAsync(TestDatabase t)
    {
        t.Get<AuditActorProvider>().Current = () => Zhang;
        await using var db = t.NewContext();
        var j = await db.Jurisdictions.ToDictionaryAsync(x => x.Name, x => x.Id);
        Enterprise E(int n, string name, string jurisdiction) =>
            new() { Uscc = Uscc.Complete($"91330105PQL{n:000000}"), Name = name, JurisdictionId = j[jurisdiction] };
        var a = E(1, "甲已认定", "祥符");
        a.Qualifications.Add(new Qualification { Kind = "hnte", Number = "GR202033000001", IssuedOn = new(2020, 12, 1), ExpiresOn = new(2023, 11, 30) });
        var b = E(2, "乙纳税", "祥符");
        b.Years.Add(new FiscalYear { Year = 2020, SalesRevenue = 50_000_000m, RdExpense = 2_000_000m, IncomeTax = 200_000m });
        var c = E(3, "丙市高企", "园区");
        c.Qualifications.Add(new Qualification { Kind = "hz-hnte", Number = "HZGQ2020001", IssuedOn = new(2020, 1, 1), ExpiresOn = new(2022, 12, 31) });
        var d = E(4, "丁无", "园区");
        var e = E(5, "戊申报", "祥符");
        e.IpItems.Add(new IpItem { Kind = "invention-patent", Number = "ZL1", Status = "granted", Acquisition = "own" });
        db.Enterprises.AddRange(a, b, c, d, e);
        await db.SaveChangesAsync();
        db.PoolIntentions.Add(new PoolIntention { EnterpriseId = b.Id, Year = 2021, RecordedBy = "zhang", Source = "staff" });
        db.Evaluations.Add(Evaluation(e.Id, "pass", "[]"));
        db.Evaluations.Add(Evaluation(d.Id, "fail", """[{"id":"rd-expense-ratio","amount":300000,"unit":"yuan","message":"研发费用还差 300,000 元"}]"""));
        await db.SaveChangesAsync();
        return new PoolSeed(a.Id, b.Id, c.Id, d.Id, e.Id, j["祥符"], j["园区"]);
    }

    public static Evaluation Evaluation(int enterpriseId, string verdict, string gaps) => new()
    {
        EnterpriseId = enterpriseId, RuleSetId = "hnte-2016", RuleSetVersion = 1, AsOf = Date.AddDays(-10), Verdict = verdict, Route = "score",
        ResultJson = $$"""{"uscc":"x","verdict":"{{verdict}}","route":"score","conditions":[],"score":null,"gaps":{{gaps}},"manualReview":[]}""",
        FactsJson = "{}", CreatedAt = DateTime.UtcNow, Actor = "test",
    };
}
