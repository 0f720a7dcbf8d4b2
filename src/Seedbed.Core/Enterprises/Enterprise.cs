namespace Seedbed.Core.Enterprises;

/// <summary>An enterprise of the registry (企业库). Field semantics follow assessment-contract §1.</summary>
public class Enterprise
{
    public int Id { get; set; }
    /// <summary>统一社会信用代码, unique, GB 32100-2015 checked.</summary>
    public required string Uscc { get; set; }
    public required string Name { get; set; }
    public DateOnly? RegisteredOn { get; set; }
    public int JurisdictionId { get; set; }
    public Jurisdiction? Jurisdiction { get; set; }
    /// <summary>Second-level field code (101…809); <see cref="Rules.Registry.HightechFields.None"/> = explicitly not in the fields; null = unknown.</summary>
    public string? HightechField { get; set; }
    /// <summary>国民经济行业分类代码 (GB/T 4754), free text such as "I6513".</summary>
    public string? IndustryCode { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? Address { get; set; }

    // selfAssessment (assessment-contract §3.1): expert-judged grades, optional
    public string? TechAdvancementGrade { get; set; }
    public string? CoreSupportGrade { get; set; }
    public int? RdManagementSystem { get; set; }
    public int? RdManagementInstitution { get; set; }
    public int? RdManagementConversionIncentive { get; set; }
    public int? RdManagementTalent { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<FiscalYear> Years { get; set; } = [];
    public List<IpItem> IpItems { get; set; } = [];
    public List<Qualification> Qualifications { get; set; } = [];
    public List<Incident> Incidents { get; set; } = [];
    public List<StandardDrafting> Standards { get; set; } = [];
    public List<Award> Awards { get; set; } = [];
    public List<RdInstitution> RdInstitutions { get; set; } = [];
}
