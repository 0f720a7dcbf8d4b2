using Seedbed.Core.Assessment;
using Seedbed.Rules.Assessment;

namespace Seedbed.Web.Components.Pages.Checkup;

/// <summary>One fiscal year of the what-if panel: the recorded figures and what the user typed (yuan, people).</summary>
public sealed class WhatIfYear(YearFacts? recorded, int year)
{
    public int Year { get; } = year;
    public YearFacts Recorded { get; } = recorded ?? new YearFacts { Year = year };
    public decimal? RdExpense { get; set; } = recorded?.RdExpense;
    public decimal? RdExpenseDomestic { get; set; } = recorded?.RdExpenseDomestic;
    public decimal? SalesRevenue { get; set; } = recorded?.SalesRevenue;
    public decimal? HightechIncome { get; set; } = recorded?.HightechIncome;
    public int? Employees { get; set; } = recorded?.Employees;
    public int? TechStaff { get; set; } = recorded?.TechStaff;

    public bool Changed => RdExpense != Recorded.RdExpense || RdExpenseDomestic != Recorded.RdExpenseDomestic || SalesRevenue != Recorded.SalesRevenue
        || HightechIncome != Recorded.HightechIncome || Employees != Recorded.Employees || TechStaff != Recorded.TechStaff;

    public YearChange ToChange() => new(Year)
    {
        RdExpense = RdExpense, RdExpenseDomestic = RdExpenseDomestic, SalesRevenue = SalesRevenue,
        HightechIncome = HightechIncome, Employees = Employees, TechStaff = TechStaff,
    };
}

/// <summary>
/// The what-if panel's state: figures of the three fiscal years before the check-up date, extra IP, and the
/// self-assessment grades. Only what differs from the record becomes part of the <see cref="WhatIf"/>; an emptied
/// field keeps the recorded value (the rules never see a made-up 0).
/// </summary>
public sealed class WhatIfModel
{
    public static readonly string[] Grades = ["A", "B", "C", "D", "E"];

    public WhatIfModel(EnterpriseFacts facts, DateOnly date)
    {
        Years = Enumerable.Range(date.Year - 3, 3).Select(y => new WhatIfYear(facts.Year(y), y)).ToList();
        Recorded = facts.SelfAssessment ?? new SelfAssessmentFacts(null, null, null, null, null, null);
        (TechAdvancement, CoreSupport, RdSystem, RdInstitution, RdConversionIncentive, RdTalent) =
            (Recorded.TechAdvancement, Recorded.CoreSupport, Recorded.RdSystem, Recorded.RdInstitution, Recorded.RdConversionIncentive, Recorded.RdTalent);
    }

    public IReadOnlyList<WhatIfYear> Years { get; }
    public SelfAssessmentFacts Recorded { get; }
    public int ExtraClassOne { get; set; }
    public int ExtraClassTwo { get; set; }
    public string? TechAdvancement { get; set; }
    public string? CoreSupport { get; set; }
    public int? RdSystem { get; set; }
    public int? RdInstitution { get; set; }
    public int? RdConversionIncentive { get; set; }
    public int? RdTalent { get; set; }

    public SelfAssessmentFacts SelfAssessment => new(TechAdvancement, CoreSupport, RdSystem, RdInstitution, RdConversionIncentive, RdTalent);

    public bool GradesChanged => SelfAssessment != Recorded;

    public bool FiguresChanged => Years.Any(y => y.Changed) || ExtraClassOne != 0 || ExtraClassTwo != 0;

    public bool Changed => FiguresChanged || GradesChanged;

    /// <summary>Sub-scores outside 0..6 / 0..6 / 0..4 / 0..4, or negative counts: the panel shows this and does not simulate.</summary>
    public string? Invalid =>
        RdSystem is < 0 or > 6 || RdInstitution is < 0 or > 6 || RdConversionIncentive is < 0 or > 4 || RdTalent is < 0 or > 4 ? "rdManagement"
        : ExtraClassOne < 0 || ExtraClassTwo < 0 || Years.Any(y => y.Employees < 0 || y.TechStaff < 0) ? "counts"
        : null;

    public WhatIf ToWhatIf() => new()
    {
        Years = Years.Where(y => y.Changed).Select(y => y.ToChange()).ToList(),
        ExtraClassOneIp = ExtraClassOne, ExtraClassTwoIp = ExtraClassTwo,
        SelfAssessment = GradesChanged ? SelfAssessment : null,
    };

    /// <summary>What 保存本次体检 stores: the recorded figures with the grades entered (simulated figures are never saved).</summary>
    public WhatIf GradesOnly() => new() { SelfAssessment = GradesChanged ? SelfAssessment : null };
}
