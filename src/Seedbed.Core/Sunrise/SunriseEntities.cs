namespace Seedbed.Core.Sunrise;

/// <summary>Status of a yearly call: draft → open (applications) → reviewing (scores) → decided (approved list).</summary>
public static class CallStatus
{
    public const string Draft = "draft";
    public const string Open = "open";
    public const string Reviewing = "reviewing";
    public const string Decided = "decided";

    public static readonly IReadOnlyList<(string Code, string Name)> All = [(Draft, "草稿"), (Open, "受理申报"), (Reviewing, "评审中"), (Decided, "已立项")];
    public static string NameOf(string code) => All.FirstOrDefault(s => s.Code == code).Name ?? code;
}

/// <summary>The support items of an approval: 资助, 研发补助, 贷款贴息.</summary>
public static class SupportKinds
{
    public const string Grant = "grant";
    public const string RdSubsidy = "rd-subsidy";
    public const string InterestSubsidy = "interest-subsidy";

    public static readonly IReadOnlyList<(string Code, string Name)> All = [(Grant, "无偿资助"), (RdSubsidy, "研发投入补助"), (InterestSubsidy, "贷款贴息")];
    public static bool IsKnown(string code) => All.Any(k => k.Code == code);
    public static string NameOf(string code) => All.FirstOrDefault(k => k.Code == code).Name ?? code;
}

/// <summary>A yearly Sunrise call (旭日计划2.0 年度申报批次), bound to one scorecard version.</summary>
public class SunriseCall
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public int Quota { get; set; } = 35;
    public required string ScorecardId { get; set; }
    public int ScorecardVersion { get; set; }
    public string Status { get; set; } = CallStatus.Draft;
    public DateOnly? DecidedOn { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>An application of one enterprise to a call. The enterprise's name and USCC are copied so reviewers need no registry access.</summary>
public class SunriseApplication
{
    public int Id { get; set; }
    public int CallId { get; set; }
    public int EnterpriseId { get; set; }
    public required string EnterpriseName { get; set; }
    public required string Uscc { get; set; }
    /// <summary>The fiscal year the figures are from.</summary>
    public int? DataYear { get; set; }
    public decimal? Revenue { get; set; }
    /// <summary>Revenue growth over the year before, percent (one decimal).</summary>
    public decimal? RevenueGrowth { get; set; }
    public decimal? RdExpense { get; set; }
    public int? Staff { get; set; }
    public int? IpCount { get; set; }
    public decimal? Financing { get; set; }
    public string? Description { get; set; }
    public required string AppliedBy { get; set; }
    public DateTime AppliedAt { get; set; }
    public bool Approved { get; set; }
    public string? QualificationNumber { get; set; }
    public List<SunriseReview> Reviews { get; set; } = [];
    public List<SunriseSupportItem> SupportItems { get; set; } = [];
}

/// <summary>One reviewer assigned to one application, and their scores once submitted (JSON {criterionId: points}).</summary>
public class SunriseReview
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public required string ReviewerUserName { get; set; }
    public required string ReviewerDisplayName { get; set; }
    public DateTime AssignedAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? ScoresJson { get; set; }
    public string? Comment { get; set; }
}

/// <summary>A support item of an approved application (kind, amount in yuan).</summary>
public class SunriseSupportItem
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public required string Kind { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>A quarterly monitoring return of a Sunrise enterprise (single-quarter figures, yuan).</summary>
public class SunriseReturn
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public int Year { get; set; }
    public int Quarter { get; set; }
    public decimal Revenue { get; set; }
    public decimal RdExpense { get; set; }
    public int Staff { get; set; }
    public int IpCount { get; set; }
    public decimal Financing { get; set; }
    public required string EnteredBy { get; set; }
    public DateTime EnteredAt { get; set; }
}
