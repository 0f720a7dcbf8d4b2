namespace Seedbed.Core.Intake;

// The dossier (seedbed.dossier/1) of assessment-contract §1, as plain records. Absent values are null ("unknown").
// Readers (JSON, Excel) produce it; the importer writes it to the registry; the exporter and the assessment engine read it.

public sealed record Dossier(IReadOnlyList<DossierEnterprise> Enterprises)
{
    public const string Schema = "seedbed.dossier/1";
}

public sealed record DossierEnterprise
{
    public required string Uscc { get; init; }
    public required string Name { get; init; }
    public DateOnly? RegisteredOn { get; init; }
    public required string Jurisdiction { get; init; }
    /// <summary>Field code; <see cref="Rules.Registry.HightechFields.None"/> for JSON null (not in the fields); null when absent (unknown).</summary>
    public string? HightechField { get; init; }
    public string? IndustryCode { get; init; }
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public string? ContactEmail { get; init; }
    public string? Address { get; init; }
    public IReadOnlyList<DossierYear> Years { get; init; } = [];
    public IReadOnlyList<DossierIp> Ip { get; init; } = [];
    public IReadOnlyList<DossierQualification> Qualifications { get; init; } = [];
    public IReadOnlyList<DossierIncident> Incidents { get; init; } = [];
    public IReadOnlyList<DossierStandard> Standards { get; init; } = [];
    public IReadOnlyList<DossierAward> Awards { get; init; } = [];
    public IReadOnlyList<DossierRdInstitution> RdInstitutions { get; init; } = [];
    public DossierSelfAssessment? SelfAssessment { get; init; }
}

public sealed record DossierYear
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

public sealed record DossierIp
{
    public required string Kind { get; init; }
    public required string Number { get; init; }
    public string? Title { get; init; }
    public required string Status { get; init; }
    public DateOnly? GrantedOn { get; init; }
    public required string Acquisition { get; init; }
    public int? UsedInHnteYear { get; init; }
    public bool? Disputed { get; init; }
}

public sealed record DossierQualification(string Kind, string Number, DateOnly IssuedOn, DateOnly? ExpiresOn);
public sealed record DossierIncident(DateOnly Date, string Kind);
public sealed record DossierStandard(string Level, string Role, int Year);
public sealed record DossierAward(string Level, int Rank, int Year);
public sealed record DossierRdInstitution(string Level, string Name, DateOnly RecognizedOn);

public sealed record DossierSelfAssessment
{
    public string? TechAdvancement { get; init; }
    public string? CoreSupport { get; init; }
    public DossierRdManagement? RdManagement { get; init; }
}

public sealed record DossierRdManagement(int? System, int? Institution, int? ConversionIncentive, int? Talent);
