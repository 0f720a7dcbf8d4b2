using Seedbed.Core.Common;

namespace Seedbed.Core.Intake;

/// <summary>
/// One row of a workbook sheet or one object of a dossier JSON, before parsing: raw values by column code
/// (string, decimal, double, DateTime, bool or null; a missing key = column or property absent).
/// The same validation runs on both formats; the raw values are kept to write rejected rows back.
/// </summary>
internal sealed class RawRecord
{
    public required RecordKind Kind { get; init; }
    /// <summary>Where the record is, for messages: "第5行" or "enterprises[2].years[0]".</summary>
    public required string RowName { get; init; }
    /// <summary>Location of the whole row: "企业!第5行" or "enterprises[2].years[0]".</summary>
    public required string RowLocation { get; init; }
    /// <summary>JSON: index of the enterprise; all records of a group are accepted or rejected together. Null for workbooks.</summary>
    public int? Group { get; init; }
    /// <summary>JSON is typed strictly (text where a number is expected is an error); workbook cells are read leniently.</summary>
    public bool Strict { get; init; }
    /// <summary>JSON child records take the USCC of their enterprise object: it is checked there, once.</summary>
    public bool UsccFromParent { get; init; }
    public required Func<string, string> Locate { get; init; }
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
    public List<InputIssue> Issues { get; } = [];
    /// <summary>Parsed record (DossierEnterprise, DossierYear, …), meaningful only when <see cref="IsValid"/>.</summary>
    public object? Parsed { get; set; }
    /// <summary>USCC as written (trimmed), for grouping child rows.</summary>
    public string? Uscc => (Values.GetValueOrDefault("uscc") as string)?.Trim() is { Length: > 0 } u ? u : null;
    public bool IsValid => Issues.Count == 0;

    public void Fail(string code, string message) => Issues.Add(new InputIssue(Locate(code), message));
    public void FailRow(string message) => Issues.Add(new InputIssue(RowLocation, message));
}

/// <summary>A file read into raw records, plus the problems that concern the file as a whole (format, sheets, columns).</summary>
internal sealed class RawDossier
{
    public List<InputIssue> FileIssues { get; } = [];
    public List<RawRecord> Records { get; } = [];
    /// <summary>True when the file is a workbook without the self-assessment columns (the self-assessment is then left unchanged).</summary>
    public bool SelfAssessmentAbsent { get; set; }
    public bool IsWorkbook { get; init; }
}
