using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Seedbed.Core.Audit;
using Seedbed.Core.Common;
using Seedbed.Core.Data;

namespace Seedbed.Core.Plans;

/// <summary>A scheme as edited: name, period kind (<c>year</c> or <c>quarter</c>), whether it is the plan's active scheme, items.</summary>
public sealed record SchemeInput(string? Name, string? PeriodKind, bool IsActive, IReadOnlyList<SchemeItemInput>? Items);

/// <summary>One item: the plan's indicator code, points (weight &gt; 0), scoring rule and, for <c>completion-capped</c>, the cap (≥ 1).</summary>
public sealed record SchemeItemInput(string? IndicatorCode, decimal Weight, string? Rule, decimal? Cap);

/// <summary>
/// Creates (<paramref name="schemeId"/> null) or replaces a 考核 scheme of a plan. Every problem is named in Chinese with the
/// item (第N项) and nothing is written; making a scheme active deactivates the plan's other schemes. Audited (create/update).
/// </summary>
[UseCase]
public sealed class SaveScheme(IDbContextFactory<SeedbedDb> factory)
{
    public static readonly IReadOnlyList<(string Code, string Name)> PeriodKinds = [("quarter", "季度"), ("year", "年度")];

    public async Task<SchemeView> ExecuteAsync(int planId, int? schemeId, SchemeInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await db.Plans.Include(p => p.Indicators).SingleOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new SeedbedValidationException("planId", $"计划 {planId} 不存在");
        AssessmentScheme? scheme = null;
        if (schemeId is { } sid)
            scheme = await db.AssessmentSchemes.Include(s => s.Items).SingleOrDefaultAsync(s => s.Id == sid && s.PlanId == planId, ct)
                ?? throw new SeedbedValidationException("schemeId", $"计划“{plan.Name}”没有编号为 {sid} 的考核方案");
        var items = Validate(plan, input);
        var before = scheme is null ? null : Describe(scheme, plan);

        scheme ??= db.AssessmentSchemes.Add(new AssessmentScheme { PlanId = planId, Name = "", PeriodKind = "" }).Entity;
        scheme.Name = input.Name!.Trim();
        scheme.PeriodKind = input.PeriodKind!;
        scheme.IsActive = input.IsActive;
        db.SchemeItems.RemoveRange(scheme.Items);
        scheme.Items = [.. items];
        if (input.IsActive)
            foreach (var other in await db.AssessmentSchemes.Where(s => s.PlanId == planId && s.IsActive && s.Id != scheme.Id).ToListAsync(ct))
                other.IsActive = false;
        await db.SaveChangesAsync(ct);
        var after = Describe(scheme, plan);
        db.AuditQueue.Add(new AuditEntry(db.Auditor, before is null ? "create" : "update", $"scheme:{scheme.Id}", "success",
            before is null ? $"新增考核方案：{after}" : $"修改考核方案：{before} → {after}"));
        await db.SaveChangesAsync(ct);
        return ListSchemes.View(scheme, plan);
    }

    private static List<SchemeItem> Validate(Plan plan, SchemeInput input)
    {
        var issues = new List<InputIssue>();
        if (string.IsNullOrWhiteSpace(input.Name)) issues.Add(new("name", "请填写方案名称"));
        else if (input.Name.Trim().Length > 200) issues.Add(new("name", "方案名称不能超过200字"));
        if (!PeriodKinds.Any(k => k.Code == input.PeriodKind))
            issues.Add(new("periodKind", $"考核周期“{input.PeriodKind}”无效：应为 quarter（季度）或 year（年度）"));
        var raw = input.Items ?? [];
        if (raw.Count == 0) issues.Add(new("items", "考核方案至少要有一项指标"));
        var items = new List<SchemeItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < raw.Count; i++)
        {
            var it = raw[i];
            var at = $"items[{i.ToString(CultureInfo.InvariantCulture)}]";
            var label = $"第{(i + 1).ToString(CultureInfo.InvariantCulture)}项";
            var indicator = plan.Indicators.FirstOrDefault(x => x.Code == it.IndicatorCode?.Trim());
            if (indicator is null) issues.Add(new($"{at}.indicatorCode", $"{label}：指标“{it.IndicatorCode}”不是计划“{plan.Name}”的指标"));
            else
            {
                label += $"（{indicator.Name}）";
                if (!seen.Add(indicator.Code)) issues.Add(new($"{at}.indicatorCode", $"{label}：该指标在方案中重复"));
            }
            if (it.Weight <= 0) issues.Add(new($"{at}.weight", $"{label}：分值必须大于0"));
            else if (it.Weight > 1000) issues.Add(new($"{at}.weight", $"{label}：分值不能超过1000"));
            var rule = ScoringRules.All.FirstOrDefault(r => r.Code == it.Rule);
            if (rule.Code is null)
                issues.Add(new($"{at}.rule", $"{label}：计分规则“{it.Rule}”无效，应为 {string.Join("、", ScoringRules.All.Select(r => $"{r.Code}（{r.Name}）"))}"));
            else if (rule.Code == ScoringRules.CompletionCapped && it.Cap is not >= 1m)
                issues.Add(new($"{at}.cap", $"{label}：完成率封顶值必须不小于1（即100%），如 1.2 表示封顶120%"));
            else if (it.Cap > 10m) issues.Add(new($"{at}.cap", $"{label}：封顶值不能超过10（1000%）"));
            items.Add(new SchemeItem
            {
                IndicatorCode = indicator?.Code ?? "", Weight = it.Weight, Rule = it.Rule ?? "",
                Cap = it.Rule == ScoringRules.CompletionCapped ? it.Cap : null, SortOrder = i + 1,
            });
        }
        if (issues.Count > 0) throw new SeedbedValidationException(issues);
        return items;
    }

    /// <summary>名称（季度）：国家高新技术企业 60分 完成率计分（封顶120%）；…</summary>
    public static string Describe(AssessmentScheme s, Plan plan) =>
        $"{s.Name}（{PeriodKinds.FirstOrDefault(k => k.Code == s.PeriodKind).Name ?? s.PeriodKind}{(s.IsActive ? "，启用" : "")}）：" +
        string.Join("；", s.Items.OrderBy(i => i.SortOrder).Select(i =>
            $"{plan.Indicators.FirstOrDefault(x => x.Code == i.IndicatorCode)?.Name ?? i.IndicatorCode} {i.Weight.ToString("0.##", CultureInfo.InvariantCulture)}分 " +
            $"{ListSchemes.RuleName(i.Rule)}{(i.Cap is { } c ? $"（封顶{SchemeScoring.Percent(c)}）" : "")}"));
}
