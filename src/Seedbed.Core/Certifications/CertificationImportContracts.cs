using Seedbed.Core.Common;

namespace Seedbed.Core.Certifications;

/// <summary>What happens to one row of a certificate list.</summary>
public enum ListRowStatus
{
    /// <summary>Matched, not yet recorded: written on confirm (新增).</summary>
    New,
    /// <summary>Matched, the enterprise already has this kind and number: skipped (已登记).</summary>
    AlreadyRecorded,
    /// <summary>No enterprise with this USCC or name (未匹配).</summary>
    Unmatched,
    /// <summary>The name matches several enterprises (重名).</summary>
    Ambiguous,
    /// <summary>Same certificate number or same enterprise as an earlier row of the file (重复).</summary>
    Duplicate,
    /// <summary>A cell is wrong (无效).</summary>
    Invalid,
}

public sealed record ImportListOptions
{
    /// <summary>Preview only: match and report, write nothing.</summary>
    public bool DryRun { get; init; }
    /// <summary>Write the new matched rows even when other rows have invalid cells.</summary>
    public bool ValidRowsOnly { get; init; }
    public string Actor { get; init; } = "系统";
}

/// <summary>The outcome of one row: its cells as read, status, matched enterprise, and why (Chinese).</summary>
public sealed record ListRowResult(
    int Row, string? Name, string? Uscc, string? Number, DateOnly? IssuedOn, DateOnly? ExpiresOn, ListRowStatus Status,
    int? EnterpriseId, string? EnterpriseName, string? Jurisdiction, string Message, IReadOnlyList<InputIssue> Issues);

public sealed record ListImportResult
{
    public required string Kind { get; init; }
    public required string FileName { get; init; }
    public bool DryRun { get; init; }
    /// <summary>True when the database was written (not a dry run, no file problem, no invalid cell or ValidRowsOnly).</summary>
    public bool Written { get; init; }
    public int Created { get; init; }
    public IReadOnlyList<ListRowResult> Rows { get; init; } = [];
    /// <summary>Problems with the file itself (not a workbook, no header) and every invalid cell (sheet!cell + reason).</summary>
    public IReadOnlyList<InputIssue> Errors { get; init; } = [];
    public bool FileRejected { get; init; }
    /// <summary>The unmatched and ambiguous rows with a reason column (.xlsx), when there are any.</summary>
    public byte[]? UnmatchedWorkbook { get; init; }

    public int Count(ListRowStatus s) => Rows.Count(r => r.Status == s);
}
