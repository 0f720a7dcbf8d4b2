using System.Globalization;
using System.Text.RegularExpressions;
using Seedbed.Core.Common;

namespace Seedbed.Core.Plans;

/// <summary>A reporting period: a year (<c>2019</c>) or a quarter (<c>2019Q3</c>).</summary>
public readonly partial record struct PlanPeriod(int Year, int? Quarter)
{
    public DateOnly Start => Quarter is { } q ? new DateOnly(Year, (q - 1) * 3 + 1, 1) : new DateOnly(Year, 1, 1);
    public DateOnly End => Quarter is { } q ? new DateOnly(Year, q * 3, 1).AddMonths(1).AddDays(-1) : new DateOnly(Year, 12, 31);

    /// <summary>The share of the year that has passed at the period's end (Q1 = 0.25 … year = 1): the time adjustment.</summary>
    public decimal YearFraction => Quarter is { } q ? q / 4m : 1m;

    /// <summary>2019年 / 2019年第三季度.</summary>
    public string Label => Quarter is { } q ? $"{Year.ToString(CultureInfo.InvariantCulture)}年第{"一二三四"[q - 1]}季度" : $"{Year.ToString(CultureInfo.InvariantCulture)}年";

    public override string ToString() => Quarter is { } q ? $"{Year.ToString(CultureInfo.InvariantCulture)}Q{q.ToString(CultureInfo.InvariantCulture)}" : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses <c>2019</c> or <c>2019Q3</c> (case-insensitive); a Chinese error otherwise.</summary>
    public static PlanPeriod Parse(string? text)
    {
        var m = Pattern().Match(text?.Trim() ?? "");
        if (!m.Success) throw new SeedbedValidationException("period", $"期间“{text}”无效：请写年份（如 2019）或季度（如 2019Q3）");
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int? quarter = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        return new PlanPeriod(year, quarter);
    }

    [GeneratedRegex(@"^(20\d\d)(?:[Qq]([1-4]))?$")]
    private static partial Regex Pattern();
}
