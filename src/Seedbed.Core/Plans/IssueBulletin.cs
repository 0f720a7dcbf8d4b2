using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>What to issue: period (2019 or 2019Q3), plan (null = the active plan), scheme (null = the plan's active one), issue date (null = today).</summary>
public sealed record IssueBulletinRequest(string? Period, int? PlanId = null, int? SchemeId = null, DateOnly? IssuedOn = null);

/// <summary>
/// Issues a bulletin (通报): takes the plan's progress for the period and the scheme's scores now, freezes every number the
/// bulletin shows in a versioned JSON snapshot (<see cref="BulletinSnapshot"/>) with its SHA-256, gives it the next 文号 of
/// the year (<see cref="BulletinNumbering"/>) and a title (关于2019年第三季度全区国家高新技术企业培育工作进展情况的通报).
/// Rendering later never recomputes. Audited (<c>create</c>, <c>bulletin:{id}</c>).
/// </summary>
[UseCase]
public sealed class IssueBulletin(IDbContextFactory<SeedbedDb> factory, GetPlanProgress progress)
{
    public async Task<BulletinItem> ExecuteAsync(IssueBulletinRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var period = PlanPeriod.Parse(request.Period);
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await ScoreJurisdictions.PlanOf(db, request.PlanId, ct);
        var scheme = await ListSchemes.ResolveAsync(db, plan, request.SchemeId, ct);
        var today = ScoreJurisdictions.ChinaToday(db.UtcNow());
        var issuedOn = request.IssuedOn ?? today;
        if (issuedOn < period.Start)
            throw new SeedbedValidationException("issuedOn", $"签发日期 {ChineseText.Date(issuedOn)} 早于考核期间（{period.Label}）的开始日期");
        var p = await progress.ExecuteAsync(plan.Id, period, today, ct) ?? throw ScoreJurisdictions.NoPlan();
        var scores = SchemeScoring.Score(p, scheme);

        var numbers = await db.Bulletins.Where(b => b.PlanId == plan.Id).Select(b => b.Number).ToListAsync(ct);
        var number = BulletinNumbering.Next(numbers, plan.IssuingOffice, issuedOn.Year);
        var headline = BulletinSnapshotBuilder.Headline(p, scheme);
        var title = BulletinSnapshotBuilder.Title(period, headline?.Name ?? "高新技术企业");
        var snapshot = BulletinSnapshotBuilder.Build(plan, p, scheme, scores, title, number, issuedOn);
        var json = snapshot.ToJson();
        var bulletin = new Bulletin
        {
            PlanId = plan.Id, SchemeId = scheme.Id, Period = period.ToString(), Title = title, Number = number, IssuedOn = issuedOn,
            GeneratedAt = db.UtcNow(), GeneratedBy = db.Auditor.User, SnapshotJson = json, SnapshotSha256 = BulletinSnapshot.Sha256(json),
        };
        db.Bulletins.Add(bulletin);
        await db.SaveChangesAsync(ct);
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "create", $"bulletin:{bulletin.Id}", "success",
            $"签发通报 {number}《{title}》（{period.Label}，考核方案“{scheme.Name}”）；数据快照 SHA-256 {bulletin.SnapshotSha256}"));
        await db.SaveChangesAsync(ct);
        return new BulletinItem(bulletin.Id, plan.Id, bulletin.Period, period.Label, title, number, issuedOn, bulletin.GeneratedAt, bulletin.GeneratedBy);
    }
}
