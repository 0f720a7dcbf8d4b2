using System.Globalization;
using Seedbed.Core.Common;
using Seedbed.Rules.Assessment;

namespace Seedbed.Core.Assessment;

/// <summary>
/// The rule sets shipped with Seedbed (rules/&lt;id&gt;.v&lt;n&gt;.json, embedded in this assembly). The version in force on a
/// date is chosen by its effective dates; unknown ids and dates before a rule set's first effective date are input errors.
/// </summary>
public static class RuleSetCatalog
{
    private static readonly Lazy<IReadOnlyList<RuleSet>> Loaded = new(Load);

    public static IReadOnlyList<RuleSet> All => Loaded.Value;

    public static IReadOnlyList<string> Ids => All.Select(r => r.Id).Distinct().ToList();

    /// <summary>The version of <paramref name="id"/> in force on <paramref name="date"/>.</summary>
    public static RuleSet Get(string id, DateOnly date, string location = "ruleset")
    {
        var versions = All.Where(r => r.Id == id).OrderBy(r => r.EffectiveFrom).ToList();
        if (versions.Count == 0)
            throw new SeedbedValidationException(location, $"未知的规则集“{id}”，可用的规则集：{string.Join("、", Ids)}");
        var inForce = versions.LastOrDefault(r => r.InForceOn(date));
        if (inForce is not null) return inForce;
        var first = versions[0].EffectiveFrom;
        throw new SeedbedValidationException("date", date < first
            ? $"日期 {Iso(date)} 早于规则集 {id} 的生效日期 {Iso(first)}"
            : $"日期 {Iso(date)} 不在规则集 {id} 任何版本的有效期内");
    }

    /// <summary>A specific version (for reproducing a stored evaluation).</summary>
    public static RuleSet Get(string id, int version) => All.FirstOrDefault(r => r.Id == id && r.Version == version)
        ?? throw new SeedbedValidationException("ruleset", $"未找到规则集 {id} 的第 {version.ToString(CultureInfo.InvariantCulture)} 版");

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<RuleSet> Load()
    {
        var asm = typeof(RuleSetCatalog).Assembly;
        var list = new List<RuleSet>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("rules/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var s = asm.GetManifestResourceStream(name)!;
            using var r = new StreamReader(s);
            list.Add(RuleSet.Parse(r.ReadToEnd()));
        }
        return list;
    }
}
