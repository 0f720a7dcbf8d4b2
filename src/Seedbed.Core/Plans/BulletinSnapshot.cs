using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Seedbed.Core.Common;

namespace Seedbed.Core.Plans;

/// <summary>
/// The frozen numbers of a bulletin (通报), version 1: everything the .xlsx and the PDF show, taken when the bulletin is
/// issued and never recomputed. Stored as JSON in <see cref="Bulletin.SnapshotJson"/> with its SHA-256. docs/plan.md.
/// </summary>
/// <param name="Headline">the indicator the jurisdiction table and the summary lead with (the scheme's first completion item, 国高企)</param>
/// <param name="Jurisdictions">in score order (rank, then registry order)</param>
public sealed record BulletinSnapshot(
    int Version, string PlanCode, string PlanName, string SourceDocument, string IssuingOffice,
    string Title, string Number, DateOnly IssuedOn, string Period, string PeriodLabel, DateOnly AsOf, decimal YearFraction,
    SnapshotScheme Scheme, string Headline, IReadOnlyList<SnapshotIndicator> Indicators,
    IReadOnlyList<SnapshotJurisdiction> Jurisdictions, SnapshotSummary Summary, IReadOnlyList<string> Notes)
{
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), WriteIndented = false,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>SHA-256 of the UTF-8 bytes of the JSON, lower-case hex.</summary>
    public static string Sha256(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    /// <summary>Reads a stored snapshot after checking its hash; a changed or unreadable snapshot is refused (Chinese error).</summary>
    public static BulletinSnapshot Verify(Bulletin b)
    {
        ArgumentNullException.ThrowIfNull(b);
        if (!string.Equals(Sha256(b.SnapshotJson), b.SnapshotSha256, StringComparison.OrdinalIgnoreCase))
            throw new SeedbedValidationException("snapshot",
                $"通报“{b.Number}”的数据快照校验失败（SHA-256 不一致），快照在签发后被改动过，拒绝生成文件。请重新签发该期通报。");
        BulletinSnapshot? s;
        try { s = JsonSerializer.Deserialize<BulletinSnapshot>(b.SnapshotJson, Json); }
        catch (JsonException) { s = null; }
        if (s is null || s.Version != CurrentVersion)
            throw new SeedbedValidationException("snapshot", $"通报“{b.Number}”的数据快照无法读取（版本 {s?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "未知"}）。");
        return s;
    }
}

public sealed record SnapshotScheme(int? Id, string Name, string PeriodKind, string Description, IReadOnlyList<SnapshotSchemeItem> Items);

public sealed record SnapshotSchemeItem(string IndicatorCode, string IndicatorName, string Unit, decimal Weight, string Rule, string RuleName, decimal? Cap);

/// <summary>An indicator's district figures for the period.</summary>
public sealed record SnapshotIndicator(
    string Code, string Name, string Unit, string Kind, string ActualSource, decimal? Committed, decimal? Stretch, decimal? Expected,
    decimal? Actual, decimal? Completion, decimal? StretchCompletion, decimal? TimeAdjustedCompletion, string Light, string? ActualNote);

/// <summary>A row of the jurisdiction table: the headline indicator's target and actual, the scored items, total and rank.</summary>
public sealed record SnapshotJurisdiction(
    string Jurisdiction, decimal? Committed, decimal? Expected, decimal? Actual, decimal? Completion, decimal? TimeAdjustedCompletion,
    IReadOnlyList<SnapshotItemScore> Items, decimal Total, int Rank);

public sealed record SnapshotItemScore(string IndicatorCode, decimal? Actual, decimal? Basis, decimal Points, string? Note);

/// <summary>The key figures of the summary paragraph and the paragraph itself (written out in Chinese at issue time).</summary>
public sealed record SnapshotSummary(
    string Text, decimal? DistrictActual, decimal? DistrictCommitted, decimal? DistrictCompletion, decimal? DistrictTimeAdjustedCompletion,
    int JurisdictionsOnSchedule, int JurisdictionCount, IReadOnlyList<string> Leaders);
