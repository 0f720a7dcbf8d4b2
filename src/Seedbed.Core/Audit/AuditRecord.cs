namespace Seedbed.Core.Audit;

/// <summary>
/// One entry of the audit trail (等保2.0 安全审计): who (user, role, IP), when, what (action, target), the result, and for
/// data changes the old and new values. Append-only: each record carries the SHA-256 of its content chained to the
/// previous record's hash, so any later change or deletion is detected by <c>seedbed audit verify</c>.
/// </summary>
public class AuditRecord
{
    public long Id { get; set; }
    /// <summary>1, 2, 3 … without gaps; unique, so two writers can never fork the chain.</summary>
    public long Sequence { get; set; }
    public DateTime At { get; set; }
    public required string User { get; set; }
    public required string Role { get; set; }
    public string? Ip { get; set; }
    /// <summary>create, update, delete, import, export, approve, login-success, login-failure, permission-change, …</summary>
    public required string Action { get; set; }
    /// <summary>What was acted on, e.g. <c>enterprise:12</c>, <c>user:admin</c>, <c>file:企业数据.xlsx</c>.</summary>
    public required string Target { get; set; }
    /// <summary>success, failure or denied.</summary>
    public required string Result { get; set; }
    /// <summary>For data changes: JSON array of {field, old, new}; otherwise a short detail or null.</summary>
    public string? Detail { get; set; }
    public required string PrevHash { get; set; }
    public required string Hash { get; set; }
}

/// <summary>Who acts, as seen by the audit trail.</summary>
public sealed record AuditActor(string User, string Role, string? Ip = null)
{
    public static readonly AuditActor System = new("系统", "system");
}

/// <summary>An entry to append.</summary>
public sealed record AuditEntry(AuditActor Actor, string Action, string Target, string Result = "success", string? Detail = null);
