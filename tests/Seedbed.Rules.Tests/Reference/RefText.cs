using System.Globalization;

using Seedbed.Rules.Assessment;

namespace Seedbed.Rules.Tests.Reference;

/// <summary>Culture-invariant number formatting for the Chinese messages of the rules.</summary>
internal static class RefText
{
    public static string Yuan(decimal v) => v.ToString("#,0.##", CultureInfo.InvariantCulture) + " 元";
    public static string Pct(decimal ratio) => (ratio * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
    public static string N(int v) => v.ToString(CultureInfo.InvariantCulture);
    public static string N(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    public static string Years(IEnumerable<int> ys) => string.Join("、", ys.Select(y => y.ToString(CultureInfo.InvariantCulture) + "年"));
    /// <summary>Ratio for the document's <c>actual</c> field: a fraction rounded to 6 places (the status is decided exactly).</summary>
    public static decimal Ratio(decimal num, decimal den) => Math.Round(num / den, 6, MidpointRounding.AwayFromZero);
    public static decimal CeilYuan(decimal v) => Math.Ceiling(v);
}
