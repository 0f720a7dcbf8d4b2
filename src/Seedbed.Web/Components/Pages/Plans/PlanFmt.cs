using System.Globalization;
using Seedbed.Core.Plans;

namespace Seedbed.Web.Components.Pages.Plans;

/// <summary>Display of progress figures: numbers without trailing zeros, rates as percentages, light colours.</summary>
public static class PlanFmt
{
    public static string Number(decimal? v) => v is { } x ? x.ToString("#,0.##", CultureInfo.InvariantCulture) : Shared.Fmt.Missing;

    public static string Percent(decimal? ratio) => ratio is { } r ? (r * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%" : Shared.Fmt.Missing;

    public static string Color(string light) => light switch
    {
        Lights.Green => "#52c41a",
        Lights.Yellow => "#faad14",
        Lights.Red => "#ff4d4f",
        _ => "#bfbfbf",
    };

    /// <summary>The rows of the jurisdictions (district row left out), the officer's own jurisdiction first.</summary>
    public static IReadOnlyList<ProgressRow> Jurisdictions(IndicatorProgress indicator, string? own) =>
        indicator.Rows.Where(r => r.Jurisdiction is not null).OrderBy(r => r.Jurisdiction == own ? 0 : 1).ToList();
}
