using System.Globalization;
using System.Text.Json;

namespace Seedbed.Rules.Sunrise;

/// <summary>One scored criterion: reviewers give 0..<see cref="MaxPoints"/> points; the total adds points × weight.</summary>
public sealed record Criterion(string Id, string Name, decimal MaxPoints, decimal Weight, string Guidance, string Source);

/// <summary>
/// A versioned Sunrise scorecard (rules/sunrise-scorecard-&lt;id&gt;.v&lt;n&gt;.json). Criteria, weights, guidance, the
/// minimum number of reviewers, the drop-extremes threshold, the default quota and the tie-break are data. A released
/// version is never edited (rules/rulesets.lock); a call refers to one version.
/// </summary>
public sealed record Scorecard(
    string Id, int Version, string Name, string PlanClause, int Decimals, int MinReviewers, int DropExtremesFrom, int DefaultQuota,
    IReadOnlyList<string> TieBreak, IReadOnlyList<Criterion> Criteria, IReadOnlyList<string> Notes)
{
    /// <summary>"sunrise-scorecard-2019 v1".</summary>
    public string Key => $"{Id} v{Version.ToString(CultureInfo.InvariantCulture)}";

    public decimal MaxTotal => Criteria.Sum(c => c.MaxPoints * c.Weight);

    public static Scorecard Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        static string S(JsonElement e, string n) => e.GetProperty(n).GetString() ?? throw new FormatException($"{n} 为空");
        var criteria = r.GetProperty("criteria").EnumerateArray().Select(c => new Criterion(
            S(c, "id"), S(c, "name"), c.GetProperty("maxPoints").GetDecimal(), c.GetProperty("weight").GetDecimal(),
            S(c, "guidance"), S(c, "source"))).ToList();
        return new Scorecard(S(r, "id"), r.GetProperty("version").GetInt32(), S(r, "name"), S(r.GetProperty("plan"), "clause"),
            r.GetProperty("scale").GetProperty("decimals").GetInt32(), r.GetProperty("minReviewers").GetInt32(),
            r.GetProperty("dropExtremesFrom").GetInt32(), r.GetProperty("defaultQuota").GetProperty("value").GetInt32(),
            r.GetProperty("tieBreak").EnumerateArray().Select(x => x.GetString() ?? "").ToList(), criteria,
            r.TryGetProperty("notes", out var n) ? n.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : []);
    }

    /// <summary>Problems with one reviewer's points (Chinese, naming the criterion); empty when every criterion is scored within range.</summary>
    public IReadOnlyList<(string CriterionId, string Message)> Check(IReadOnlyDictionary<string, decimal> points)
    {
        var issues = new List<(string, string)>();
        foreach (var c in Criteria)
        {
            if (!points.TryGetValue(c.Id, out var p)) { issues.Add((c.Id, $"“{c.Name}”未打分")); continue; }
            if (p < 0 || p > c.MaxPoints)
                issues.Add((c.Id, $"“{c.Name}”得分应在0至{c.MaxPoints.ToString(CultureInfo.InvariantCulture)}之间"));
            else if (decimal.Round(p, Decimals) != p)
                issues.Add((c.Id, $"“{c.Name}”得分最多保留{Decimals.ToString(CultureInfo.InvariantCulture)}位小数"));
        }
        foreach (var k in points.Keys.Where(k => Criteria.All(c => c.Id != k)))
            issues.Add((k, $"评分表中没有评分项“{k}”"));
        return issues;
    }

    /// <summary>One reviewer's total: Σ points × weight (exact).</summary>
    public decimal Total(IReadOnlyDictionary<string, decimal> points) => Criteria.Sum(c => points.TryGetValue(c.Id, out var p) ? p * c.Weight : 0m);
}
