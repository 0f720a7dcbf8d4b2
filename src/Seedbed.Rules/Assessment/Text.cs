using System.Globalization;

namespace Seedbed.Rules.Assessment;

/// <summary>Culture-invariant number formatting for the Chinese messages of the rules.</summary>
internal static class Text
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>As <c>v.ToString("#,0.##", invariant) + " 元"</c>.</summary>
    public static string Yuan(decimal v) => Fixed2(v, grouped: true, " 元") ?? v.ToString("#,0.##", Inv) + " 元";

    /// <summary>As <c>(ratio * 100).ToString("0.##", invariant) + "%"</c>.</summary>
    public static string Pct(decimal ratio)
    {
        var p = ratio * 100m;
        return Fixed2(p, grouped: false, "%") ?? p.ToString("0.##", Inv) + "%";
    }

    public static string N(int v) => v.ToString(CultureInfo.InvariantCulture);
    public static string N(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    public static string Years(IEnumerable<int> ys) => string.Join("、", ys.Select(y => y.ToString(CultureInfo.InvariantCulture) + "年"));
    /// <summary>Ratio for the document's <c>actual</c> field: a fraction rounded to 6 places (the status is decided exactly).</summary>
    public static decimal Ratio(decimal num, decimal den) => Math.Round(num / den, 6, MidpointRounding.AwayFromZero);
    public static decimal CeilYuan(decimal v) => Math.Ceiling(v);

    /// <summary>
    /// The custom formats "0.##" / "#,0.##" for a non-negative decimal below 10^16, without parsing a format string:
    /// rounded half away from zero to 2 places (what the formatter does with the exact digits of a decimal), trailing
    /// fraction zeros dropped, optional thousands separators. Null (→ the framework formatter) for anything else.
    /// A test compares it with the framework on many values.
    /// </summary>
    private static string? Fixed2(decimal v, bool grouped, string suffix)
    {
        if (v < 0m || v >= 10_000_000_000_000_000m) return null;
        var cents = decimal.ToUInt64(decimal.Round(v, 2, MidpointRounding.AwayFromZero) * 100m);
        var whole = cents / 100;
        var frac = (int)(cents % 100);
        Span<char> buf = stackalloc char[48];
        var pos = buf.Length;
        for (var i = suffix.Length - 1; i >= 0; i--) buf[--pos] = suffix[i];
        if (frac != 0)
        {
            if (frac % 10 != 0) buf[--pos] = (char)('0' + frac % 10);
            buf[--pos] = (char)('0' + frac / 10);
            buf[--pos] = '.';
        }
        var digits = 0;
        do
        {
            if (grouped && digits > 0 && digits % 3 == 0) buf[--pos] = ',';
            buf[--pos] = (char)('0' + (int)(whole % 10));
            whole /= 10;
            digits++;
        }
        while (whole != 0);
        return new string(buf[pos..]);
    }
}
