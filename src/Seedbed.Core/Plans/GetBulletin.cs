using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>A bulletin with its snapshot (checked against its SHA-256).</summary>
public sealed record BulletinDetail(BulletinItem Bulletin, string SnapshotSha256, BulletinSnapshot Snapshot);

/// <summary>One bulletin and its verified snapshot; null when there is no such bulletin; a Chinese error when the snapshot was changed.</summary>
[UseCase]
public sealed class GetBulletin(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<BulletinDetail?> ExecuteAsync(int id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var b = await db.Bulletins.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (b is null) return null;
        var snapshot = BulletinSnapshot.Verify(b);
        return new BulletinDetail(new BulletinItem(b.Id, b.PlanId, b.Period, PlanPeriod.Parse(b.Period).Label, b.Title, b.Number, b.IssuedOn,
            DateTime.SpecifyKind(b.GeneratedAt, DateTimeKind.Utc), b.GeneratedBy), b.SnapshotSha256, snapshot);
    }
}

/// <summary>A rendered bulletin file.</summary>
public sealed record BulletinFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Renders a bulletin from its stored snapshot, never from current data: <c>xlsx</c> (<see cref="BulletinWorkbook"/>) or
/// <c>pdf</c> (<see cref="BulletinHtml"/> printed by <see cref="ChromiumPdf"/>). The snapshot's SHA-256 is checked first.
/// </summary>
[UseCase]
public sealed class RenderBulletin(IDbContextFactory<SeedbedDb> factory, ChromiumPdf chromium)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static readonly IReadOnlyList<string> Formats = ["xlsx", "pdf"];

    /// <returns>null when there is no such bulletin</returns>
    public async Task<BulletinFile?> ExecuteAsync(int id, string format, CancellationToken ct = default)
    {
        if (!Formats.Contains(format)) throw new SeedbedValidationException("format", $"格式“{format}”无效：应为 xlsx 或 pdf");
        if (await new GetBulletin(factory).ExecuteAsync(id, ct) is not { } detail) return null;
        return await RenderAsync(detail.Snapshot, format, ct);
    }

    public async Task<BulletinFile> RenderAsync(BulletinSnapshot s, string format, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        var name = FileNameOf(s);
        if (format == "pdf") return new BulletinFile(name + ".pdf", "application/pdf", await chromium.PrintAsync(BulletinHtml.Build(s), ct));
        using var ms = new MemoryStream();
        BulletinWorkbook.Write(s, ms);
        return new BulletinFile(name + ".xlsx", XlsxContentType, ms.ToArray());
    }

    /// <summary>拱科通〔2019〕3号_2019年第三季度通报.</summary>
    public static string FileNameOf(BulletinSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return string.Concat($"{s.Number}_{s.PeriodLabel}通报".Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
    }
}
