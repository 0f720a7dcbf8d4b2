using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Data;
using Seedbed.Core.Pipeline;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Plans;

/// <summary>
/// The year-end projection of new HNTE certifications (the pipeline forecast applied to what is left of the year): per
/// jurisdiction, actual + members of the application pool on the as-of date not yet certified this year × the observed
/// conversion rate of earlier years (<see cref="PoolHistory.ConversionRate"/>). District-wide. At the year's end the
/// projection is the actual.
/// </summary>
internal sealed class HnteProjection
{
    /// <summary>The enterprises of the remaining pool.</summary>
    private readonly List<int> _remaining;
    private Dictionary<string, int> _byJurisdiction = [];

    private HnteProjection(decimal rate, List<int> remaining, string note, bool yearOver)
    {
        Rate = rate; _remaining = remaining; Note = note; YearOver = yearOver;
    }

    public decimal Rate { get; }
    public string Note { get; }
    public bool YearOver { get; }

    /// <summary>Reads the pool history and this year's certificates on its own context (runs alongside the counting).</summary>
    public static async Task<HnteProjection> LoadAsync(IDbContextFactory<SeedbedDb> factory, int year, DateOnly asOf, CancellationToken ct)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        if (asOf >= yearEnd) return new HnteProjection(0m, [], "年度已结束：预计数即实际数", true);
        await using var db = await factory.CreateDbContextAsync(ct);
        // the tiers on the day after the as-of date and the rate of the years before need the moves up to that date only
        var h = await PoolHistory.LoadAsync(db, ct, districtWide: true, withJurisdictions: false, until: asOf);
        var rules = PoolRuleCatalog.InForceOrEarliest(new DateOnly(year, 1, 1));
        var c = h.ConversionRate(year, rules.DefaultConversionRate);
        var start = new DateOnly(year, 1, 1);
        var certified = (await db.Qualifications.IgnoreQueryFilters()
            .Where(q => q.Kind == "hnte" && q.IssuedOn >= start && q.IssuedOn <= asOf)
            .Select(q => q.EnterpriseId).Distinct().ToListAsync(ct)).ToHashSet();
        var day = asOf.AddDays(1);
        var remaining = h.Enterprises.Where(id => !certified.Contains(id) && h.TierBefore(id, day) == PoolTier.Application).ToList();
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var rate = c.Rate.ToString("P1", CultureInfo.InvariantCulture);
        var note = c.IsDefault
            ? $"预计数 = 实际数 + 申报库中本年尚未认定的企业 {N(remaining.Count)} 家 × 转化率 {rate}（尚无往年申报库记录，采用培育库规则 {rules.Id} 第 {N(rules.Version)} 版的默认转化率）"
            : $"预计数 = 实际数 + 申报库中本年尚未认定的企业 {N(remaining.Count)} 家 × 转化率 {rate}（{string.Join("、", c.ObservedYears)} 年年初申报库 {N(c.ObservedPool)} 家中当年认定 {N(c.ObservedCertified)} 家）";
        return new HnteProjection(c.Rate, remaining, note, false);
    }

    /// <summary>Splits the remaining pool by jurisdiction (as the counting of <paramref name="inputs"/> does).</summary>
    public HnteProjection ByJurisdiction(ProgressInputs inputs)
    {
        var names = inputs.Registry.ToDictionary(r => r.Id, r => r.Name);
        var byId = inputs.CountByJurisdiction(_remaining);
        _byJurisdiction = byId.ToDictionary(x => names.GetValueOrDefault(x.Key, ""), x => x.Value);
        return this;
    }

    /// <param name="jurisdiction">null = the district</param>
    public decimal? Project(string? jurisdiction, decimal? actual)
    {
        if (actual is not { } a) return null;
        if (YearOver) return a;
        var pool = jurisdiction is null ? _remaining.Count : _byJurisdiction.GetValueOrDefault(jurisdiction);
        return Math.Round(a + pool * Rate, 1);
    }
}
