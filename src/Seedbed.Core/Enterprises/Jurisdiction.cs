namespace Seedbed.Core.Enterprises;

public enum JurisdictionKind { Subdistrict = 0, Park = 1 }

/// <summary>属地: a subdistrict (街道) or a park / industry platform (园区).</summary>
public class Jurisdiction
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public JurisdictionKind Kind { get; set; }
    public int SortOrder { get; set; }
}
