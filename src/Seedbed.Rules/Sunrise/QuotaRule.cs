using System.Globalization;

namespace Seedbed.Rules.Sunrise;

/// <summary>
/// The yearly quota (旭日计划: 每年评审认定不少于35家): the bureau approves at least the quota, or every ranked application
/// when fewer than the quota are ranked. Approving only ranked applications is checked by the caller.
/// </summary>
public static class QuotaRule
{
    /// <summary>How many must be approved at least.</summary>
    public static int Minimum(int quota, int ranked) => Math.Min(quota, ranked);

    /// <summary>A note for the page when fewer applications are ranked than the quota; null otherwise.</summary>
    public static string? ShortfallNote(int quota, int ranked) => ranked < quota
        ? $"本批次完成评审的申请只有{I(ranked)}家，少于年度名额{I(quota)}家，可全部批准"
        : null;

    /// <summary>The Chinese refusal when <paramref name="approving"/> is below the minimum; null when it is allowed.</summary>
    public static string? Check(int quota, int ranked, int approving)
    {
        if (approving == 0) return "请至少选择一家企业批准";
        var min = Minimum(quota, ranked);
        if (approving >= min) return null;
        return ranked < quota
            ? $"批准数量{I(approving)}家少于完成评审的申请数{I(ranked)}家：完成评审的申请不足年度名额{I(quota)}家时应全部批准"
            : $"批准数量{I(approving)}家少于年度名额{I(quota)}家（旭日计划每年评审认定不少于{I(quota)}家）";
    }

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);
}
