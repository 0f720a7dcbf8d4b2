using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Enterprises;
using Seedbed.Core.Pipeline;
using Seedbed.Core.Plans;
using Seedbed.Core.Tests.Support;
using Seedbed.Rules.Registry;

namespace Seedbed.Core.Tests.Plans;

/// <summary>
/// A small hand-built district for progress tests, on the default plan (2019: 祥符 3/5, 上塘 2/3, district 40/47).
/// 祥符: A first HNTE 2019-03-15; B first 2016-11-01 (to 2019-10-31), re-certified 2019-11-20; C first 2019-12-31;
/// D 2016-03-01 to 2019-02-28, lapsed. 上塘: E first 2019-06-30; F first 2019-07-01. Pool: X1, X2 (祥符) in the
/// application pool from 2017-06-01, X1 certified 2018-11-01 (rate 1/2); G (上塘) applies 2018-12-01; E applies
/// 2018-12-01. Hand-entered: maker spaces 2019 (district Q1 1, Q2 3 then 4, whole year 6; 祥符 Q2 1), angel fund 2020.
/// </summary>
internal sealed record ProgressSeed(int PlanId, int Xiangfu, int Shangtang)
{
    public static readonly DateOnly After = new(2021, 1, 15);

    public static async Task<ProgressSeed> CreateAsync(TestDatabase t)
    {
        t.Get<AuditActorProvider>().Current = () => new AuditActor("zhang", "bureau-staff");
        var plan = await t.Get<LoadDefaultPlan>().ExecuteAsync();
        await using var db = t.NewContext();
        var j = await db.Jurisdictions.ToDictionaryAsync(x => x.Name, x => x.Id);
        var n = 0;
        Enterprise E(string name, string jurisdiction, params (DateOnly Issued, DateOnly Expires)[] hnte)
        {
            var e = new Enterprise { Uscc = Uscc.Complete($"91330105PRG{++n:000000}"), Name = name, JurisdictionId = j[jurisdiction] };
            foreach (var (issued, expires) in hnte)
                e.Qualifications.Add(new Qualification { Kind = "hnte", Number = $"GR{issued.Year}{n:000}", IssuedOn = issued, ExpiresOn = expires });
            db.Enterprises.Add(e);
            return e;
        }
        var a = E("甲首次", "祥符", (new(2019, 3, 15), new(2022, 3, 14)));
        E("乙复审", "祥符", (new(2016, 11, 1), new(2019, 10, 31)), (new(2019, 11, 20), new(2022, 11, 19)));
        E("丙年末", "祥符", (new(2019, 12, 31), new(2022, 12, 30)));
        E("丁失效", "祥符", (new(2016, 3, 1), new(2019, 2, 28)));
        var e5 = E("戊季末", "上塘", (new(2019, 6, 30), new(2022, 6, 29)));
        E("己季初", "上塘", (new(2019, 7, 1), new(2022, 6, 30)));
        var x1 = E("庚申报", "祥符");
        var x2 = E("辛申报", "祥符");
        var g = E("壬申报", "上塘");
        a.RdInstitutions.Add(new RdInstitution { Level = "municipal", Name = "甲研究院", RecognizedOn = new(2019, 5, 1) });
        a.IpItems.Add(new IpItem { Kind = "invention-patent", Number = "ZL2019A", Status = "granted", GrantedOn = new(2019, 4, 1), Acquisition = "own" });
        a.IpItems.Add(new IpItem { Kind = "invention-patent", Number = "ZL2019B", Status = "pending", Acquisition = "own" });
        await db.SaveChangesAsync();

        void Move(Enterprise e, string tier, DateOnly on) => db.PoolMoves.Add(new PoolMove
        {
            EnterpriseId = e.Id, ToTier = tier, On = on, At = DateTime.UtcNow, Actor = "zhang", Reason = "测试",
        });
        Move(x1, "application", new(2017, 6, 1));
        Move(x2, "application", new(2017, 6, 1));
        Move(x1, "certified", new(2018, 11, 1));
        Move(g, "application", new(2018, 12, 1));
        Move(e5, "application", new(2018, 12, 1));

        var ids = await db.PlanIndicators.Where(i => i.PlanId == plan.PlanId).ToDictionaryAsync(i => i.Code, i => i.Id);
        var entered = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        void Actual(string code, int year, int? quarter, string? jurisdiction, decimal value, DateOnly asOf, int minutes = 0) =>
            db.IndicatorActuals.Add(new IndicatorActual
            {
                IndicatorId = ids[code], Year = year, Quarter = quarter, Jurisdiction = jurisdiction, Value = value, Source = "区科技局台账",
                AsOf = asOf, EnteredBy = "zhang", EnteredAt = entered.AddMinutes(minutes),
            });
        Actual("maker-spaces", 2019, 1, null, 1, new(2019, 4, 10));
        Actual("maker-spaces", 2019, 2, null, 3, new(2019, 7, 10), minutes: 5);
        Actual("maker-spaces", 2019, 2, null, 4, new(2019, 7, 20));
        Actual("maker-spaces", 2019, null, null, 6, new(2020, 1, 20));
        Actual("maker-spaces", 2019, 2, "祥符", 1, new(2019, 7, 10));
        Actual("angel-fund", 2020, null, null, 1.8m, new(2020, 5, 1));
        await db.SaveChangesAsync();
        return new ProgressSeed(plan.PlanId, j["祥符"], j["上塘"]);
    }
}
