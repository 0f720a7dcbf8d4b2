namespace Seedbed.Core.Plans;

/// <summary>
/// The computations a computed indicator can name (<see cref="PlanIndicator.Metric"/>). Flow = during the period,
/// level = at the period's end; both per jurisdiction of the enterprise and for the district. docs/plan.md.
/// </summary>
public static class PlanMetrics
{
    /// <summary>国高企: flow = enterprises whose first HNTE certificate was issued in the period (新认定); level =
    /// enterprises holding a valid HNTE certificate at the period's end.</summary>
    public const string Hnte = "qualification:hnte";
    /// <summary>市高企 + 省科小: flow = certificates of either kind issued in the period; level = valid certificates at the end.</summary>
    public const string MunicipalHnteAndProvincialSme = "qualification:hz-hnte+zj-tech-sme";
    /// <summary>省科小: certificates issued in the period / valid at the end.</summary>
    public const string ProvincialSme = "qualification:zj-tech-sme";
    /// <summary>旭日计划2.0: enterprises admitted in the period / valid at the end.</summary>
    public const string Sunrise = "qualification:sunrise";
    /// <summary>研发机构: institutions recognised in the period / recognised by the end.</summary>
    public const string RdInstitutions = "rd-institutions";
    /// <summary>发明专利授权量: invention patents granted in the period / granted by the end (registry IP items).</summary>
    public const string InventionPatents = "ip:invention-patent";

    public static readonly IReadOnlyList<string> All = [Hnte, MunicipalHnteAndProvincialSme, ProvincialSme, Sunrise, RdInstitutions, InventionPatents];
}
