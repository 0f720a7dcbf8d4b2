using System.Globalization;
using System.Runtime.CompilerServices;

namespace Seedbed.Rules.Assessment;

// hnte-2016 results whose Chinese text is made on first read (docs/assessment.md "Texts on demand"). Each keeps the
// numbers its text needs (copied, never a reference to the facts) and writes exactly the text the rules wrote before
// (OptimisedEquivalenceTests compares every text with the reference implementation).

internal enum RatioKind : byte { TechStaff, RdExpense, DomesticRd, HightechIncome }

/// <summary>A ratio condition decided exactly on A ≥ r·B. The displayed ratio A/B (6 places, the document's
/// <c>actual</c>) is computed on first read; id, citation and requirement are the rule row's.</summary>
internal abstract class HnteRatioResult(CompiledRow row, ConditionStatus status, decimal a, decimal b) : ConditionResult(status)
{
    protected CompiledRow Row => row;
    protected decimal A => a;
    protected decimal B => b;
    protected decimal Ratio => Actual is decimal r ? r : 0m;

    public override string Id => row.Id;
    public override string Citation => row.Citation;
    public override object? Required => row.RatioBoxed;

    private protected override object? MakeActual() => Exact.Ratio6(a, b);
}

/// <summary>tech-staff-ratio: A = technology staff, B = employees of the last year.</summary>
[SkipLocalsInit]
internal sealed class HnteStaffResult(CompiledRow row, ConditionStatus status, int year, int tech, int employees)
    : HnteRatioResult(row, status, tech, employees)
{
    private protected override string Render() => Status == ConditionStatus.Pass
        ? string.Create(CultureInfo.InvariantCulture, stackalloc char[96], $"{year}年科技人员 {tech} 人，占职工总数 {employees} 人的 {new PctText(Ratio)}，不低于 {Row.RatioPct}")
        : string.Create(CultureInfo.InvariantCulture, stackalloc char[96], $"{year}年科技人员 {tech} 人，占职工总数 {employees} 人的 {new PctText(Ratio)}，低于 {Row.RatioPct}");
}

/// <summary>rd-expense-ratio: A = Σ R&amp;D, B = Σ sales over the window (years <c>first</c> + bits), and last year's
/// sales, which chose the tier of the requirement.</summary>
[SkipLocalsInit]
internal sealed class HnteRdResult(CompiledRow row, ConditionStatus status, int tier, int first, int bits, decimal rd, decimal sales, decimal last)
    : HnteRatioResult(row, status, rd, sales)
{
    public override object? Required => Row.TierBoxed[tier];

    private protected override string Render() => string.Create(CultureInfo.InvariantCulture, stackalloc char[160],
        $"{new YearsText(first, bits)}研究开发费用合计 {new YuanText(A)}，占销售收入合计 {new YuanText(B)} 的 {new PctText(Ratio)}；最近一年销售收入 {new YuanText(last)}，要求不低于 {Row.TierPct[tier]}");
}

/// <summary>domestic-rd-share: A = Σ domestic R&amp;D, B = Σ R&amp;D.</summary>
[SkipLocalsInit]
internal sealed class HnteDomesticResult(CompiledRow row, ConditionStatus status, decimal domestic, decimal rd)
    : HnteRatioResult(row, status, domestic, rd)
{
    private protected override string Render() => string.Create(CultureInfo.InvariantCulture, stackalloc char[128],
        $"境内研究开发费用 {new YuanText(A)}，占研究开发费用合计 {new YuanText(B)} 的 {new PctText(Ratio)}，要求不低于 {Row.RatioPct}");
}

/// <summary>hightech-income-ratio: A = high-tech income, B = total income of the last year.</summary>
[SkipLocalsInit]
internal sealed class HnteIncomeResult(CompiledRow row, ConditionStatus status, int year, decimal hightech, decimal total)
    : HnteRatioResult(row, status, hightech, total)
{
    private protected override string Render() => string.Create(CultureInfo.InvariantCulture, stackalloc char[128],
        $"{year}年高新技术产品（服务）收入 {new YuanText(A)}，占总收入 {new YuanText(B)} 的 {new PctText(Ratio)}，要求不低于 {Row.RatioPct}");
}

/// <summary>registration-age decided on the number of days since registration.</summary>
[SkipLocalsInit]
internal sealed class HnteAgeResult(CompiledRow row, ConditionStatus status, int days) : ConditionResult(status)
{
    public override string Id => row.Id;
    public override string Citation => row.Citation;
    public override object? Required => row.WholeBoxed;

    private protected override object? MakeActual() => HnteRules.Box(days);

    private protected override string Render() => Status == ConditionStatus.Pass
        ? string.Create(CultureInfo.InvariantCulture, stackalloc char[64], $"已注册成立 {days} 天，满足 {row.WholeText} 天的要求")
        : string.Create(CultureInfo.InvariantCulture, stackalloc char[64], $"注册成立仅 {days} 天，还需 {row.Whole - days} 天才满 {row.WholeText} 天");
}

/// <summary>The gap of a ratio condition: new technology staff, or yuan of R&amp;D, domestic R&amp;D or high-tech income.</summary>
[SkipLocalsInit]
internal sealed class HnteRatioGap(CompiledRow row, decimal amount, RatioKind kind) : Gap(amount)
{
    public override string Id => row.Id;
    public override string Unit => kind == RatioKind.TechStaff ? "people" : "yuan";

    private protected override string Render()
    {
        var inv = CultureInfo.InvariantCulture;
        return kind switch
        {
            RatioKind.TechStaff => string.Create(inv, stackalloc char[64], $"需新增 {(int)Amount} 名科技人员（科技人员占比达到 {row.RatioPct}）"),
            RatioKind.RdExpense => string.Create(inv, stackalloc char[64], $"研发费用还差 {new YuanText(Amount)}"),
            RatioKind.DomesticRd => string.Create(inv, stackalloc char[64], $"境内研发费用还需增加 {new YuanText(Amount)}"),
            _ => string.Create(inv, stackalloc char[64], $"高新技术产品（服务）收入还需增加 {new YuanText(Amount)}"),
        };
    }
}

/// <summary>conversion: the sum over the window (≥ 0) and its yearly average.</summary>
[SkipLocalsInit]
internal sealed class HnteConversionItem(CompiledRow row, Band band, int first, int count, long sum) : ScoreItemResult(band.Min, band.Max)
{
    public int First => first;
    public int Count => count;
    public long Sum => sum;

    public override string Id => row.Id;
    public override string? Band => band.Code;
    public override string Citation => row.Citation;

    private protected override string Render() => string.Create(CultureInfo.InvariantCulture, stackalloc char[64],
        $"{new YearsText(first, (1 << count) - 1)}科技成果转化 {sum} 项，年均 {new HundredthsText(Exact.AverageHundredths(sum, count), "")} 项");
}

/// <summary>A growth item whose rate was decided exactly: the rate in hundredths of a percent.</summary>
[SkipLocalsInit]
internal sealed class HnteGrowthItem(CompiledRow row, Band band, long rate, string how) : ScoreItemResult(band.Min, band.Max)
{
    public override string Id => row.Id;
    public override string? Band => band.Code;
    public override string Citation => row.Citation;

    private protected override string Render() => string.Create(CultureInfo.InvariantCulture, stackalloc char[64],
        $"{(row.NetAssets ? "净资产" : "销售收入")}增长率 {new HundredthsText(rate, "%")}（{how}）");
}
