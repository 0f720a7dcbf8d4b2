using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Seedbed.Rules.Registry;

namespace Seedbed.Rules.Assessment;

internal enum HnteStep : byte
{
    RegistrationAge, CoreIp, HightechField, TechStaffRatio, RdExpenseRatio, DomesticRdShare, HightechIncomeRatio,
    InnovationScore, NoMajorIncident,
    Grade, IpQuantity, IpAcquisition, StandardsBonus, Conversion, RdManagement, Growth,
}

/// <summary>
/// A hnte-2016 rule set compiled once into typed parameters (no <see cref="JsonElement"/> read per evaluation).
/// Built lazily per <see cref="RuleSet"/> instance and kept alongside it in a <see cref="ConditionalWeakTable{TKey,TValue}"/>;
/// a rule set the evaluator cannot run (unknown kind, missing row or parameter) fails here with the same messages as before.
/// </summary>
internal sealed class HntePlan
{
    private static readonly ConditionalWeakTable<RuleSet, HntePlan> Cache = [];

    /// <summary>The plan used last (most callers evaluate many enterprises against one rule set); holds that one rule set alive.</summary>
    private static HntePlan? _last;

    public static HntePlan For(RuleSet rules)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Rules, rules)) return last;
        var plan = Cache.TryGetValue(rules, out var known) ? known : Cache.GetValue(rules, r => new HntePlan(r));
        _last = plan;
        return plan;
    }

    /// <summary>IP kind → class (first entry of <see cref="IpKinds.All"/> wins, unknown = none), as <see cref="IpKinds.ClassOf"/>.</summary>
    public static readonly FrozenDictionary<string, IpClass> IpClasses =
        IpKinds.All.GroupBy(k => k.Code, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First().Class, StringComparer.Ordinal);

    /// <summary>The message of a valid high-tech field code (as "属于重点领域：" + <see cref="HightechFields.Describe"/>).</summary>
    public static readonly FrozenDictionary<string, string> FieldTexts =
        HightechFields.SecondLevel.Keys.ToFrozenDictionary(c => c, c => "属于重点领域：" + HightechFields.Describe(c), StringComparer.Ordinal);

    public RuleSet Rules { get; }
    public CompiledRow[] Items { get; }
    public CompiledRow[] Conditions { get; }
    public string[] ExcludedAcquisitions { get; }
    public int Cap { get; }
    public int PassScore { get; }

    private HntePlan(RuleSet rules)
    {
        Rules = rules;
        var items = new List<CompiledRow>();
        var conditions = new List<CompiledRow>();
        foreach (var row in rules.Rules)
        {
            var step = row.Kind switch
            {
                "registration-age" => HnteStep.RegistrationAge,
                "core-ip" => HnteStep.CoreIp,
                "hightech-field" => HnteStep.HightechField,
                "tech-staff-ratio" => HnteStep.TechStaffRatio,
                "rd-expense-ratio" => HnteStep.RdExpenseRatio,
                "domestic-rd-share" => HnteStep.DomesticRdShare,
                "hightech-income-ratio" => HnteStep.HightechIncomeRatio,
                "innovation-score" => HnteStep.InnovationScore,
                "no-major-incident" => HnteStep.NoMajorIncident,
                "grade" => HnteStep.Grade,
                "ip-quantity" => HnteStep.IpQuantity,
                "ip-acquisition" => HnteStep.IpAcquisition,
                "standards-bonus" => HnteStep.StandardsBonus,
                "conversion" => HnteStep.Conversion,
                "rd-management" => HnteStep.RdManagement,
                "growth" => HnteStep.Growth,
                _ => throw new InvalidOperationException($"规则集 {rules.Id} 的规则 {row.Id} 使用了未实现的类型 {row.Kind}"),
            };
            (step >= HnteStep.Grade ? items : conditions).Add(new CompiledRow(row, step));
        }
        ExcludedAcquisitions = rules.Rules.Any(r => r.Id == "core-ip") ? [.. rules.Row("core-ip").Strings("excludedAcquisitions")] : ["license"];
        var capRow = rules.Rules.First(r => r.Kind == "standards-bonus");
        Cap = capRow.Whole("cap");
        var capped = capRow.Strings("capItems");
        foreach (var i in items) i.InCap = capped.Contains(i.Id);
        PassScore = rules.Row("innovation-score").Whole("passScore");
        Items = [.. items];
        Conditions = [.. conditions];
    }
}

/// <summary>One rule row with its parameters read once. Only the fields its <see cref="Step"/> uses are set.</summary>
internal sealed class CompiledRow
{
    public CompiledRow(RuleRow row, HnteStep step)
    {
        Row = row; Step = step; Id = row.Id; Citation = row.Citation;
        if (step is HnteStep.Grade or HnteStep.Conversion or HnteStep.Growth && row.Params.ValueKind == JsonValueKind.Object
            && row.Params.TryGetProperty("max", out var max))
            _max = max.GetInt32();
        switch (step)
        {
            case HnteStep.RegistrationAge: SetWhole(row.Whole("minDays")); break;
            case HnteStep.CoreIp: SetWhole(row.Whole("minItems")); break;
            case HnteStep.TechStaffRatio or HnteStep.DomesticRdShare or HnteStep.HightechIncomeRatio:
                Ratio = row.Number("minRatio"); RatioBoxed = Ratio; RatioPct = Text.Pct(Ratio); OneMinusRatio = 1 - Ratio; break;
            case HnteStep.RdExpenseRatio:
                Tiers = [.. row.Tiers("tiers")];
                TierBoxed = [.. Tiers.Select(t => (object)t.Value)];
                TierPct = [.. Tiers.Select(t => Text.Pct(t.Value))];
                break;
            case HnteStep.InnovationScore:
                SetWhole(row.Whole("passScore"));
                break;
            case HnteStep.NoMajorIncident: SetWhole(row.Whole("days")); Strings = [.. row.Strings("kinds")]; break;
            case HnteStep.Grade:
                Bands = [.. row.Bands()];
                BandTexts = [.. Bands.Select(b => "自评等级 " + b.Code)];
                TechAdvancement = row.Params.GetProperty("grade").GetString() == "techAdvancement";
                var cut = row.Clause.IndexOf('（', StringComparison.Ordinal);
                GradeReview = cut < 0 ? null : $"{row.Clause[..cut]}由技术专家评判，未提供自评等级，按区间计分";
                break;
            case HnteStep.IpQuantity:
                var a = row.Params.GetProperty("classOne");
                ClassOne = (a.GetProperty("band").GetString(), a.GetProperty("min").GetInt32(), a.GetProperty("max").GetInt32());
                Bands = [.. row.Bands()];
                break;
            case HnteStep.IpAcquisition or HnteStep.StandardsBonus: Bands = [.. row.Bands()]; break;
            case HnteStep.Conversion:
                Bands = [.. row.Bands()];
                WholeBounds = Bands.All(b => b.Bound is null || (b.Bound == decimal.Truncate(b.Bound.Value) && Math.Abs(b.Bound.Value) < 1_000_000))
                    ? [.. Bands.Select(b => (long)(b.Bound ?? 0))]
                    : null;
                break;
            case HnteStep.RdManagement:
                Caps = [row.Whole("system"), row.Whole("institution"), row.Whole("conversionIncentive"), row.Whole("talent")];
                break;
            case HnteStep.Growth:
                NetAssets = row.Params.GetProperty("field").GetString() == "netAssets";
                Bands = [.. row.Bands()];
                (GrowthEdges, GrowthEdgeScale) = Edges(Bands);
                break;
        }
        KeptConditions = new ConditionResult?[step < HnteStep.Grade ? KeptSize(step, 0) : 0];
        KeptItems = new ScoreItemResult?[step >= HnteStep.Grade ? KeptSize(step, Bands.Length) : 0];
        KeptGaps = new Gap?[step is HnteStep.CoreIp ? 64 : step is HnteStep.InnovationScore ? 128 : 0];
        if (step == HnteStep.HightechField)
            FieldResults = HntePlan.FieldTexts.ToFrozenDictionary(kv => kv.Key,
                kv => new ConditionResult(Id, ConditionStatus.Pass, kv.Key, HnteRules.FieldsName, Citation, kv.Value), StringComparer.Ordinal);
    }

    /// <summary>Results of small domains kept by key (see HnteRules.Keep): the size of each step's table.</summary>
    private static int KeptSize(HnteStep step, int bands) => step switch
    {
        HnteStep.NoMajorIncident or HnteStep.RegistrationAge => 1,
        HnteStep.Conversion => 1 + 16 * 4 * 64, // no window, then by (first year mod 16, years, sum < 64)
        HnteStep.CoreIp => 192,                 // pass by count < 64; fail by (count < 64, nothing registered or not)
        HnteStep.HightechField or HnteStep.StandardsBonus => 2,
        HnteStep.InnovationScore => 128 * 128,  // by (min, max)
        HnteStep.Grade => 2 + bands,            // no IP, no grade, each band
        HnteStep.IpQuantity => 64,              // class Ⅰ, then by class Ⅱ count
        HnteStep.IpAcquisition => 3,
        HnteStep.RdManagement => 32 * 32 * 2,   // by (min, max, complete)
        HnteStep.Growth => 5,                   // no window, then the four fixed F texts
        _ => 0,
    };

    /// <summary>Each band edge 1 + t as K = (1 + t)·10^4 (0 for the open band), when every 1 + t has at most 4 places.</summary>
    private static (long[]? Edges, int Scale) Edges(Band[] bands)
    {
        var edges = new long[bands.Length];
        var scale = 0;
        for (var i = 0; i < bands.Length; i++)
        {
            if (bands[i].Bound is not { } t) continue;
            if (!Exact.TryUnpack(1 + t, out var m, out var s, out var negative) || negative || s > 4 || m >= 1_000_000) return (null, 0);
            edges[i] = (long)(m * Exact.Pow10[4 - s]);
            scale = Math.Max(scale, s);
        }
        return (edges, scale);
    }

    /// <summary>Immutable results and gaps of small domains, kept by key (their texts are made once, on first read).</summary>
    public ConditionResult?[] KeptConditions { get; }
    public ScoreItemResult?[] KeptItems { get; }
    public Gap?[] KeptGaps { get; }
    /// <summary>hightech-field: the passing result of every valid code.</summary>
    public FrozenDictionary<string, ConditionResult>? FieldResults { get; }


    private void SetWhole(int v) { Whole = v; WholeBoxed = v; WholeText = Text.N(v); }

    public RuleRow Row { get; }
    public HnteStep Step { get; }
    public string Id { get; }
    public string Citation { get; }
    public bool InCap { get; set; }
    public int Whole { get; private set; }
    public object? WholeBoxed { get; private set; }
    public string WholeText { get; private set; } = "";
    public decimal Ratio { get; }
    public object? RatioBoxed { get; }
    public string RatioPct { get; } = "";
    /// <summary><c>1 − Ratio</c>, the denominator of the gaps (the same decimal the rules computed each time).</summary>
    public decimal OneMinusRatio { get; }
    public Tier[] Tiers { get; } = [];
    public object[] TierBoxed { get; } = [];
    public string[] TierPct { get; } = [];
    public string[] Strings { get; } = [];
    public Band[] Bands { get; } = [];
    /// <summary>Grade: the message of each band ("自评等级 A").</summary>
    public string[] BandTexts { get; } = [];
    public (string? Band, int Min, int Max) ClassOne { get; }
    public bool TechAdvancement { get; }
    public string? GradeReview { get; }
    public int[] Caps { get; } = [];
    public bool NetAssets { get; }
    /// <summary>Growth: the band edges as integers (see <see cref="HnteRules"/> growth), or null when they do not fit.</summary>
    public long[]? GrowthEdges { get; }
    public int GrowthEdgeScale { get; }
    /// <summary>Conversion: the band bounds as integers (the open band 0), or null when one is not a whole number.</summary>
    public long[]? WholeBounds { get; }

    /// <summary>The <c>max</c> parameter (grade, conversion, growth); when absent, reading it fails on use as before.</summary>
    public int Max => _max ?? Row.Whole("max");
    private readonly int? _max;
}
