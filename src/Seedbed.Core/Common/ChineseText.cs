using System.Globalization;
using System.Text;

namespace Seedbed.Core.Common;

/// <summary>Numbers, rates and dates written the way Chinese official documents write them (GB/T 9704 落款: 二〇一九年十月十日).</summary>
public static class ChineseText
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>2019-10-10 → 二〇一九年十月十日 (the date under the issuing office).</summary>
    public static string DateInWords(DateOnly d)
    {
        var year = new StringBuilder();
        foreach (var c in d.Year.ToString(CultureInfo.InvariantCulture)) year.Append(Digits[c - '0']);
        return $"{year}年{SmallNumber(d.Month)}月{SmallNumber(d.Day)}日";
    }

    /// <summary>1 → 一, 10 → 十, 14 → 十四, 20 → 二十, 31 → 三十一 (1–99).</summary>
    public static string SmallNumber(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 99);
        int tens = n / 10, ones = n % 10;
        var s = tens switch { 0 => "", 1 => "十", _ => $"{Digits[tens]}十" };
        return ones == 0 ? s : s + Digits[ones];
    }

    /// <summary>2019-09-30 → 2019年9月30日 (dates in the body text).</summary>
    public static string Date(DateOnly d) =>
        $"{d.Year.ToString(CultureInfo.InvariantCulture)}年{d.Month.ToString(CultureInfo.InvariantCulture)}月{d.Day.ToString(CultureInfo.InvariantCulture)}日";

    /// <summary>28 → 28, 2.50 → 2.5, 74.95 → 74.95; null → —.</summary>
    public static string Number(decimal? v) => v is { } x ? x.ToString("#,0.##", CultureInfo.InvariantCulture) : "—";

    /// <summary>A rate with one decimal: 1 → 100.0%, 0.7 → 70.0%; null → —.</summary>
    public static string Percent(decimal? rate) =>
        rate is { } r ? Math.Round(r * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>Points with two decimals: 72 → 72.00.</summary>
    public static string Points(decimal v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}
