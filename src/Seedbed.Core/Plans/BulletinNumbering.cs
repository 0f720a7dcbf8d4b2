using System.Globalization;
using System.Text.RegularExpressions;

namespace Seedbed.Core.Plans;

/// <summary>
/// 文号 of bulletins: <c>{字头}〔{year}〕{n}号</c>, e.g. 拱科通〔2019〕3号. The 字头 is the first character of the issuing office
/// (the district) + 科通 (科技局通报): 拱墅区科学技术局 → 拱科通. The year is the year of the issue date (not of the period), and
/// n counts the plan's bulletins issued in that year from 1 (the highest number so far + 1). docs/plan.md.
/// </summary>
public static partial class BulletinNumbering
{
    public static string Prefix(string issuingOffice) =>
        string.IsNullOrWhiteSpace(issuingOffice) ? "科通" : $"{issuingOffice.Trim()[0]}科通";

    public static string Format(string prefix, int year, int n) =>
        $"{prefix}〔{year.ToString(CultureInfo.InvariantCulture)}〕{n.ToString(CultureInfo.InvariantCulture)}号";

    /// <summary>The next number after <paramref name="existing"/> (numbers already given, of any year) for the year.</summary>
    public static string Next(IEnumerable<string> existing, string issuingOffice, int year)
    {
        var prefix = Prefix(issuingOffice);
        var max = 0;
        foreach (var number in existing)
        {
            var m = Pattern().Match(number);
            if (m.Success && m.Groups[1].Value == prefix && int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) == year)
                max = Math.Max(max, int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        }
        return Format(prefix, year, max + 1);
    }

    [GeneratedRegex(@"^(.+)〔(\d{4})〕(\d+)号$")]
    private static partial Regex Pattern();
}
