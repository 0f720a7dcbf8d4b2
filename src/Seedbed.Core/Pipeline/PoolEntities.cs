namespace Seedbed.Core.Pipeline;

/// <summary>The current tier of one enterprise in the cultivation pool (培育库); one row per enterprise in the pool.</summary>
public class PoolMembership
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    /// <summary><see cref="Rules.Pools.PoolTier"/> code.</summary>
    public required string Tier { get; set; }
    /// <summary>Effective date of the move into the tier.</summary>
    public DateOnly Since { get; set; }
    /// <summary><see cref="Rules.Pools.ExitReason"/> code when the tier is exited.</summary>
    public string? ExitReason { get; set; }
}

/// <summary>One dated move between tiers (history, append-only): from, to, effective date, who, why, rule version, proposal.</summary>
public class PoolMove
{
    public long Id { get; set; }
    public int EnterpriseId { get; set; }
    /// <summary>null = entering the pool.</summary>
    public string? FromTier { get; set; }
    public required string ToTier { get; set; }
    public DateOnly On { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Reason { get; set; }
    public string? ExitReason { get; set; }
    /// <summary>Pool rule set and version that proposed the move; null for a manual move.</summary>
    public string? RulesId { get; set; }
    public int? RulesVersion { get; set; }
    public long? ProposalId { get; set; }
}

/// <summary>A move proposed by the pool rules, waiting for (or past) a bureau decision.</summary>
public class PoolProposal
{
    public long Id { get; set; }
    public int EnterpriseId { get; set; }
    public string? FromTier { get; set; }
    public required string ToTier { get; set; }
    public string? ExitReason { get; set; }
    public DateOnly AsOf { get; set; }
    /// <summary>The reasons (with citations), one per line.</summary>
    public required string Reasons { get; set; }
    public required string RulesId { get; set; }
    public int RulesVersion { get; set; }
    public long? EvaluationId { get; set; }
    /// <summary><see cref="ProposalStatus"/>.</summary>
    public required string Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecisionReason { get; set; }
}

public static class ProposalStatus
{
    public const string Proposed = "proposed";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    public static string NameOf(string code) => code switch { Proposed => "待审批", Approved => "已批准", Rejected => "已驳回", _ => code };
}

/// <summary>An enterprise's intention to apply for HNTE certification (申报意愿) in one calendar year.</summary>
public class PoolIntention
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public int Year { get; set; }
    public DateTime RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
    /// <summary>staff (区科技局/街道 recorded it) or enterprise (the enterprise's own account), demo.</summary>
    public required string Source { get; set; }
    public string? Note { get; set; }
}
