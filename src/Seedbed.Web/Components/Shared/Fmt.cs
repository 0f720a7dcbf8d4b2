using System.Globalization;

namespace Seedbed.Web.Components.Shared;

/// <summary>Display formats of the UI: money in 万元 with thousands separators, dates, local times (China Standard Time).</summary>
public static class Fmt
{
    public const string Missing = "—";
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The district's time zone, for showing UTC timestamps (history).</summary>
    public static readonly TimeZoneInfo China = FindChina();

    /// <summary>Yuan → 万元 with two decimals: 12,345.68.</summary>
    public static string Wan(decimal? yuan) => yuan is { } v ? (v / 10000m).ToString("N2", Zh) : Missing;

    public static string Count(int? value) => value is { } v ? v.ToString("N0", Zh) : Missing;

    public static string Date(DateOnly? d) => d is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Missing;

    public static string LocalTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), China).ToString("yyyy年M月d日 HH:mm:ss", Zh);

    public static string Text(string? s) => string.IsNullOrWhiteSpace(s) ? Missing : s;

    private static TimeZoneInfo FindChina()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Local; }
    }
}
