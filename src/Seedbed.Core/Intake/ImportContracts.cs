using Seedbed.Core.Common;

namespace Seedbed.Core.Intake;

/// <summary>Progress of a long import or export: stage (Chinese), done and total units (rows).</summary>
public sealed record IntakeProgress(string Stage, int Done, int Total);

public sealed record ImportOptions
{
    /// <summary>Import only the valid rows; the rejected ones come back as a workbook with an error column.</summary>
    public bool ValidRowsOnly { get; init; }
    /// <summary>Who imports (goes into the history).</summary>
    public string Actor { get; init; } = "系统";
    public IProgress<IntakeProgress>? Progress { get; init; }
}

public sealed record ImportResult
{
    /// <summary>True when the database was written (no errors, or ValidRowsOnly).</summary>
    public bool Written { get; init; }
    public int EnterprisesCreated { get; init; }
    public int EnterprisesUpdated { get; init; }
    public int EnterprisesUnchanged { get; init; }
    /// <summary>Number of history records (changed fields and records) written.</summary>
    public int ChangesRecorded { get; init; }
    /// <summary>Every problem found, each naming sheet!cell or the JSON path, in Chinese.</summary>
    public IReadOnlyList<InputIssue> Errors { get; init; } = [];
    public int RejectedRows { get; init; }
    /// <summary>With ValidRowsOnly and rejected rows: the rejected rows in the template format plus an error column (.xlsx).</summary>
    public byte[]? RejectedWorkbook { get; init; }
}
