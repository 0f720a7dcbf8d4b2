using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>What a plan made from a target table is called and what its indicator counts.</summary>
public sealed record TargetTableImport
{
    /// <summary>The plan's stable key (letters, digits, <c>-</c>, <c>_</c>), unique.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    /// <summary>Default <see cref="ImportTargetTable.DefaultOffice"/>.</summary>
    public string? IssuingOffice { get; init; }
    /// <summary>Default: 任务分解表 + the file name.</summary>
    public string? SourceDocument { get; init; }
    /// <summary>Default: the name of the metric's indicator (国家高新技术企业).</summary>
    public string? IndicatorName { get; init; }
    /// <summary>Default: the unit of the metric's indicator (家).</summary>
    public string? Unit { get; init; }
    /// <summary>A <see cref="PlanMetrics"/> code, or <see cref="ActualSources.Manual"/> for hand-entered values.</summary>
    public string Metric { get; init; } = PlanMetrics.Hnte;
    /// <summary>Check and preview only: nothing is written.</summary>
    public bool DryRun { get; init; }
}

/// <summary>A checked target table as a plan: what was (or, in a dry run, would be) stored, with the warnings.</summary>
/// <param name="Warnings">jurisdictions of the table that are not in the registry (another district's plan), by cell</param>
public sealed record TargetTableImportResult(
    bool Written, int? PlanId, string Code, string Name, string IndicatorName, string Unit, int BaselineYear, IReadOnlyList<int> Years,
    IReadOnlyList<TargetTableRow> Rows, IReadOnlyList<InputIssue> Warnings, int Targets, bool Active);

/// <summary>
/// Creates a plan from a target table (.csv/.xlsx, any district and period) after exactly the checks of
/// <see cref="TargetTableCheck"/>: one indicator split by jurisdiction with the flow and level targets of every row and
/// year (<see cref="TaskTableIndicator"/>, as the default plan), and a 考核 scheme scoring it (100 points, completion
/// capped at 120 %). Any bad cell or field → <see cref="SeedbedValidationException"/> listing all of them, nothing
/// written. Jurisdictions not in the registry are accepted with a warning each. Audited as <c>create</c>.
/// </summary>
[UseCase]
public sealed partial class ImportTargetTable(IDbContextFactory<SeedbedDb> factory)
{
    public const string DefaultOffice = "区科学技术局";

    public async Task<TargetTableImportResult> ExecuteAsync(Stream content, string fileName, TargetTableImport input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var issues = new List<InputIssue>();
        var code = Field(input.Code, "code", "计划编号", 60, issues);
        var name = Field(input.Name, "name", "计划名称", 200, issues);
        var office = Field(input.IssuingOffice ?? DefaultOffice, "issuingOffice", "发文机关", 100, issues);
        var source = Field(input.SourceDocument ?? $"任务分解表 {fileName}", "sourceDocument", "来源文件", 400, issues);
        if (code.Length > 0 && !CodePattern().IsMatch(code))
            issues.Add(new("code", $"计划编号“{code}”无效：只能由字母、数字、- 和 _ 组成，且以字母或数字开头"));
        var kind = TaskTableIndicator.Kinds.FirstOrDefault(k => k.Metric == input.Metric);
        if (kind.Code is null)
            issues.Add(new("metric", $"指标口径“{input.Metric}”无效，可选：{string.Join("、", TaskTableIndicator.Kinds.Select(k => k.Metric))}"));
        var indicatorName = Field(input.IndicatorName ?? kind.Name ?? TaskTableIndicator.Kinds[0].Name, "indicatorName", "指标名称", 200, issues);
        var unit = Field(input.Unit ?? kind.Unit ?? TaskTableIndicator.Kinds[0].Unit, "unit", "计量单位", 20, issues);

        var report = TargetTableCheck.CheckStream(content, fileName);
        issues.AddRange(report.Issues);
        await using var db = await factory.CreateDbContextAsync(ct);
        if (code.Length > 0 && await db.Plans.AnyAsync(p => p.Code == code, ct))
            issues.Add(new("code", $"计划编号“{code}”已存在，请换一个编号"));
        if (issues.Count > 0) throw new SeedbedValidationException(issues);

        var known = (await db.Jurisdictions.Select(j => j.Name).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var warnings = report.Rows.Where(r => !r.IsDistrict && !known.Contains(r.Jurisdiction))
            .Select(r => new InputIssue(TargetTableCheck.Cell(0, r.Line - 1), $"属地“{r.Jurisdiction}”不在本区属地名录中（其他区县的计划？）：按表中名称载入，本系统的企业数据不会计入该属地"))
            .ToList();
        var district = report.Rows.Single(r => r.IsDistrict);
        var years = report.Years;
        var plan = new Plan
        {
            Code = code, Name = name, BaselineYear = years[0] - 1, FirstYear = years[0], LastYear = years[^1], SourceDocument = source,
            IssuingOffice = office, CreatedAt = db.UtcNow(), CreatedBy = db.Auditor.User,
        };
        var indicator = new PlanIndicator
        {
            Code = kind.Code!, Name = indicatorName, Unit = unit, ActualSource = kind.Metric == ActualSources.Manual ? ActualSources.Manual : ActualSources.Computed,
            Metric = kind.Metric == ActualSources.Manual ? null : kind.Metric, Baseline = district.Baseline, ByJurisdiction = true, SortOrder = 1,
            SourceClause = TaskTableIndicator.Clause(fileName, years), Note = TaskTableIndicator.Note,
        };
        indicator.Targets.AddRange(TaskTableIndicator.Targets(report.Rows));
        plan.Indicators.Add(indicator);
        if (!input.DryRun)
        {
            var detail = $"导入任务分解表 {fileName}，新建计划“{name}”（{code}）：{report.Jurisdictions} 个属地，{years[0]}–{years[^1]} 年，"
                + $"{indicator.Targets.Count} 个目标值" + (warnings.Count > 0 ? $"；{warnings.Count} 个属地不在本区名录中" : "");
            await PlanWriter.AddAsync(db, plan, id => Scheme(id, indicator), detail, ct);
        }
        else plan.IsActive = !await db.Plans.AnyAsync(p => p.IsActive, ct);
        return new TargetTableImportResult(!input.DryRun, input.DryRun ? null : plan.Id, code, name, indicatorName, unit, plan.BaselineYear, years,
            report.Rows, warnings, indicator.Targets.Count, plan.IsActive);
    }

    /// <summary>The 考核 scheme of an imported plan: its one indicator, 100 points on completion capped at 120 %.</summary>
    private static AssessmentScheme Scheme(int planId, PlanIndicator indicator) => new()
    {
        PlanId = planId, Name = $"街道（园区）{indicator.Name}考核", PeriodKind = "quarter", IsActive = true,
        Items = [new SchemeItem { IndicatorCode = indicator.Code, Weight = 100, Rule = ScoringRules.CompletionCapped, Cap = 1.2m, SortOrder = 1 }],
    };

    private static string Field(string? value, string location, string label, int max, List<InputIssue> issues)
    {
        var v = value?.Trim() ?? "";
        if (v.Length == 0) issues.Add(new(location, $"{label}不能为空"));
        else if (v.Length > max) issues.Add(new(location, $"{label}不能超过 {max} 个字符"));
        return v;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$")]
    private static partial Regex CodePattern();
}
