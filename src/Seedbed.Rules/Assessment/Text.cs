using System.Globalization;

namespace Seedbed.Rules.Assessment;

/// <summary>Culture-invariant number formatting for the Chinese messages of the rules.</summary>
internal static class Text
{
    /// <summary>As <c>v.ToString("#,0.##", invariant) + " 元"</c>.</summary>
    public static string Yuan(decimal v) => new YuanText(v).ToString();

    /// <summary>As <c>(ratio * 100).ToString("0.##", invariant) + "%"</c>.</summary>
    public static string Pct(decimal ratio) => new PctText(ratio).ToString();

    public static string N(int v) => v.ToString(CultureInfo.InvariantCulture);
    public static string N(decimal v) => new NumText(v).ToString();
    public static string Years(IEnumerable<int> ys) => string.Join("、", ys.Select(y => y.ToString(CultureInfo.InvariantCulture) + "年"));
    /// <summary>Ratio for the document's <c>actual</c> field: a fraction rounded to 6 places (the status is decided exactly).</summary>
    public static decimal Ratio(decimal num, decimal den) => Exact.Ratio6(num, den);
    public static decimal CeilYuan(decimal v) => Math.Ceiling(v);
}
