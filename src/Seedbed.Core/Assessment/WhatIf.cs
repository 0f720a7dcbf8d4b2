using Seedbed.Rules.Assessment;

namespace Seedbed.Core.Assessment;

/// <summary>Changed figures of one fiscal year for a what-if check (null = keep the recorded value).</summary>
public sealed record YearChange(int Year)
{
    public decimal? SalesRevenue { get; init; }
    public decimal? TotalIncome { get; init; }
    public decimal? HightechIncome { get; init; }
    public decimal? RdExpense { get; init; }
    public decimal? RdExpenseDomestic { get; init; }
    public int? Employees { get; init; }
    public int? TechStaff { get; init; }
    public int? Conversions { get; init; }
}

/// <summary>
/// A what-if scenario for the 科技度体检 page: changed yearly figures, IP to be obtained, and self-assessment grades.
/// Applied to the facts only; nothing is saved.
/// </summary>
public sealed record WhatIf
{
    public IReadOnlyList<YearChange> Years { get; init; } = [];
    /// <summary>Additional own, granted Class Ⅰ items (e.g. invention patents expected before applying).</summary>
    public int ExtraClassOneIp { get; init; }
    /// <summary>Additional own, granted Class Ⅱ items (utility models, software copyrights…).</summary>
    public int ExtraClassTwoIp { get; init; }
    public SelfAssessmentFacts? SelfAssessment { get; init; }

    public bool IsEmpty => Years.Count == 0 && ExtraClassOneIp == 0 && ExtraClassTwoIp == 0 && SelfAssessment is null;

    public EnterpriseFacts ApplyTo(EnterpriseFacts f, DateOnly date)
    {
        var years = f.Years.ToDictionary(y => y.Year);
        foreach (var c in Years)
        {
            var y = years.GetValueOrDefault(c.Year) ?? new YearFacts { Year = c.Year };
            years[c.Year] = y with
            {
                SalesRevenue = c.SalesRevenue ?? y.SalesRevenue, TotalIncome = c.TotalIncome ?? y.TotalIncome,
                HightechIncome = c.HightechIncome ?? y.HightechIncome, RdExpense = c.RdExpense ?? y.RdExpense,
                RdExpenseDomestic = c.RdExpenseDomestic ?? y.RdExpenseDomestic, Employees = c.Employees ?? y.Employees,
                TechStaff = c.TechStaff ?? y.TechStaff, Conversions = c.Conversions ?? y.Conversions,
            };
        }
        var granted = date.AddDays(-1);
        var ip = f.Ip.Concat(Enumerable.Repeat(new IpFacts("invention-patent", "granted", granted, "own"), ExtraClassOneIp))
            .Concat(Enumerable.Repeat(new IpFacts("utility-model", "granted", granted, "own"), ExtraClassTwoIp)).ToList();
        return f with
        {
            Years = years.Values.OrderBy(y => y.Year).ToList(), Ip = ip,
            SelfAssessment = SelfAssessment ?? f.SelfAssessment,
        };
    }
}
