using System.Globalization;
using Seedbed.Core.Common;
using Seedbed.Rules.Pools;

namespace Seedbed.Core.Pipeline;

/// <summary>The pool rule versions shipped with Seedbed (rules/pools-*.json, embedded); the version in force on a date.</summary>
public static class PoolRuleCatalog
{
    private static readonly Lazy<IReadOnlyList<PoolRules>> Loaded = new(Load);

    public static IReadOnlyList<PoolRules> All => Loaded.Value;

    public static PoolRules Get(DateOnly date)
    {
        var inForce = All.Where(r => r.Data.InForceOn(date)).OrderByDescending(r => r.Data.EffectiveFrom).FirstOrDefault();
        if (inForce is not null) return inForce;
        var first = All.Min(r => r.Data.EffectiveFrom);
        throw new SeedbedValidationException("date", $"日期 {Iso(date)} 没有生效的培育库规则（最早生效日期 {Iso(first)}）");
    }

    /// <summary>The version in force on a date, or the earliest version for dates before any (forecasts of early years).</summary>
    public static PoolRules InForceOrEarliest(DateOnly date) =>
        All.Where(r => r.Data.InForceOn(date)).MaxBy(r => r.Data.EffectiveFrom) ?? All.MinBy(r => r.Data.EffectiveFrom)!;

    public static PoolRules Get(string id, int version) => All.FirstOrDefault(r => r.Id == id && r.Version == version)
        ?? throw new SeedbedValidationException("rules", $"未找到培育库规则 {id} 的第 {version.ToString(CultureInfo.InvariantCulture)} 版");

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<PoolRules> Load()
    {
        var asm = typeof(PoolRuleCatalog).Assembly;
        var list = new List<PoolRules>();
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith("pools/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var s = asm.GetManifestResourceStream(name)!;
            using var r = new StreamReader(s);
            list.Add(PoolRules.Parse(r.ReadToEnd()));
        }
        return list;
    }
}
