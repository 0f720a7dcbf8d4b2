namespace Seedbed.Rules.Assessment;

// The facts the rules read: a plain, pure snapshot of one enterprise (assessment-contract §1). null = unknown, never 0.

public sealed record EnterpriseFacts
{
    public required string Uscc { get; init; }
    public string Name { get; init; } = "";
    public DateOnly? RegisteredOn { get; init; }
    /// <summary>Second-level field code; <c>none</c> = explicitly not in the fields; null = unknown.</summary>
    public string? HightechField { get; init; }
    public IReadOnlyList<YearFacts> Years { get; init; } = [];
    public IReadOnlyList<IpFacts> Ip { get; init; } = [];
    public IReadOnlyList<QualificationFacts> Qualifications { get; init; } = [];
    public IReadOnlyList<IncidentFacts> Incidents { get; init; } = [];
    public IReadOnlyList<StandardFacts> Standards { get; init; } = [];
    public IReadOnlyList<AwardFacts> Awards { get; init; } = [];
    public IReadOnlyList<InstitutionFacts> RdInstitutions { get; init; } = [];
    public SelfAssessmentFacts? SelfAssessment { get; init; }

    public YearFacts? Year(int year)
    {
        foreach (var y in Years) if (y.Year == year) return y;
        return null;
    }
}

public sealed record YearFacts
{
    public int Year { get; init; }
    public decimal? SalesRevenue { get; init; }
    public decimal? TotalIncome { get; init; }
    public decimal? HightechIncome { get; init; }
    public decimal? RdExpense { get; init; }
    public decimal? RdExpenseDomestic { get; init; }
    public decimal? TotalCostAndExpense { get; init; }
    public decimal? NetAssets { get; init; }
    public decimal? TotalAssets { get; init; }
    public int? Employees { get; init; }
    public int? TechStaff { get; init; }
    public decimal? IncomeTax { get; init; }
    public int? Conversions { get; init; }
}

public sealed record IpFacts(string Kind, string Status, DateOnly? GrantedOn, string Acquisition, int? UsedInHnteYear = null, bool Disputed = false);
public sealed record QualificationFacts(string Kind, DateOnly IssuedOn, DateOnly? ExpiresOn);
public sealed record IncidentFacts(DateOnly Date, string Kind);
public sealed record StandardFacts(string Level, string Role, int Year);
public sealed record AwardFacts(string Level, int Rank, int Year);
public sealed record InstitutionFacts(string Level, DateOnly RecognizedOn);

/// <summary>Expert-judged items (assessment-contract §3.1). Grades A–E; rdManagement sub-scores 0..6, 0..6, 0..4, 0..4.</summary>
public sealed record SelfAssessmentFacts(string? TechAdvancement, string? CoreSupport, int? RdSystem, int? RdInstitution, int? RdConversionIncentive, int? RdTalent);
