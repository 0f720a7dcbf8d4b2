using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>A hand-entered value of an indicator: for a year or one of its quarters, the district or one jurisdiction.</summary>
public sealed record ActualInput
{
    /// <summary>The indicator's code within the plan (e.g. <c>hightech-share</c>).</summary>
    public required string Indicator { get; init; }
    public int Year { get; init; }
    /// <summary>1–4, or null for the whole year.</summary>
    public int? Quarter { get; init; }
    /// <summary>null = the whole district.</summary>
    public string? Jurisdiction { get; init; }
    public decimal? Value { get; init; }
    /// <summary>Where the figure comes from (统计局快报, 区财政局, …): required.</summary>
    public string? Source { get; init; }
    /// <summary>The date the figure describes or was published: required.</summary>
    public DateOnly? AsOf { get; init; }
}

/// <summary>
/// Records a hand-entered value of a plan's manual indicator (docs/plan.md). Checked, in Chinese, naming the field: the
/// indicator exists and is entered by hand; the year lies within the plan; quarter 1–4; a known jurisdiction; value ≥ 0
/// (a difference in 个百分点 may be negative) and ≤ 100 for %; source and date present. Audited as <c>create</c> of the plan.
/// An earlier value for the same period is kept: the latest counts (<see cref="ActualValues.Current"/>).
/// </summary>
[UseCase]
public sealed class RecordActual(IDbContextFactory<SeedbedDb> factory)
{
    public async Task<ActualItem> ExecuteAsync(int planId, ActualInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new SeedbedValidationException("planId", $"计划不存在（编号 {planId.ToString(CultureInfo.InvariantCulture)}）");
        var code = input.Indicator?.Trim() ?? "";
        var indicator = await db.PlanIndicators.AsNoTracking().SingleOrDefaultAsync(i => i.PlanId == planId && i.Code == code, ct)
            ?? throw new SeedbedValidationException("indicator", $"计划“{plan.Name}”中没有指标“{code}”");
        var issues = new List<InputIssue>();
        if (indicator.ActualSource != ActualSources.Manual)
            issues.Add(new("indicator", $"指标“{indicator.Name}”的实际值由系统根据数据自动计算，不能手工录入"));
        if (input.Year < plan.FirstYear || input.Year > plan.LastYear)
            issues.Add(new("year", $"年份 {input.Year.ToString(CultureInfo.InvariantCulture)} 不在计划期（{plan.FirstYear.ToString(CultureInfo.InvariantCulture)}–{plan.LastYear.ToString(CultureInfo.InvariantCulture)} 年）内"));
        if (input.Quarter is { } q && q is < 1 or > 4) issues.Add(new("quarter", "季度须为 1–4（不填表示全年）"));
        var jurisdiction = string.IsNullOrWhiteSpace(input.Jurisdiction) || input.Jurisdiction.Trim() == TargetTableCheck.DistrictRow ? null : input.Jurisdiction.Trim();
        if (jurisdiction is not null && !await KnownJurisdictionAsync(db, planId, jurisdiction, ct))
            issues.Add(new("jurisdiction", $"属地“{jurisdiction}”不存在（不填表示全区）"));
        if (input.Value is not { } value) issues.Add(new("value", "请填写实际值"));
        else if (value < 0 && indicator.Unit != "个百分点") issues.Add(new("value", $"实际值不能为负数（收到 {PlanNumbers.Format(value)}）"));
        else if (value > 100 && indicator.Unit == "%") issues.Add(new("value", $"比重不能超过 100%（收到 {PlanNumbers.Format(value)}）"));
        else if (Math.Abs(value) >= 1_000_000_000_000m) issues.Add(new("value", "实际值过大"));
        var source = input.Source?.Trim() ?? "";
        if (source.Length == 0) issues.Add(new("source", "请填写数据来源（如 区统计局快报）"));
        else if (source.Length > 200) issues.Add(new("source", "数据来源不能超过 200 个字符"));
        if (input.AsOf is null) issues.Add(new("date", "请填写数据日期"));
        if (issues.Count > 0) throw new SeedbedValidationException(issues);

        var actual = new IndicatorActual
        {
            IndicatorId = indicator.Id, Year = input.Year, Quarter = input.Quarter, Jurisdiction = jurisdiction, Value = input.Value!.Value,
            Source = source, AsOf = input.AsOf!.Value, EnteredBy = db.Auditor.User, EnteredAt = db.UtcNow(),
        };
        db.IndicatorActuals.Add(actual);
        db.AuditQueue.Add(new AuditEntry(db.Auditor, "create", PlanWriter.Target(planId), "success", $"录入{ActualValues.Describe(indicator, actual)}"));
        await db.SaveChangesAsync(ct);
        return ActualValues.Item(indicator, actual, current: true);
    }

    /// <summary>A jurisdiction of the registry, or one the plan has targets for (another district's plan).</summary>
    private static async Task<bool> KnownJurisdictionAsync(SeedbedDb db, int planId, string name, CancellationToken ct) =>
        await db.Jurisdictions.AnyAsync(j => j.Name == name, ct)
        || await db.PlanTargets.AnyAsync(t => t.Jurisdiction == name && db.PlanIndicators.Any(i => i.Id == t.IndicatorId && i.PlanId == planId), ct);
}
