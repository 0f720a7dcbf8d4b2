using System.Globalization;
using System.Runtime.CompilerServices;
using Seedbed.Rules.Registry;
using static Seedbed.Rules.Assessment.ConditionStatus;

namespace Seedbed.Rules.Assessment;

/// <summary>hnte-2016: 国家高新技术企业认定 (国科发火〔2016〕32号 第十一条 + 195号《工作指引》). Pure: facts and date in, result out.</summary>
/// <remarks>
/// Hot path (docs/benchmarks.md): the rule set is compiled once into a <see cref="HntePlan"/> of typed parameters; the
/// window, the eligible IP and the year series are computed once per evaluation without LINQ or delegates. Arithmetic is
/// the exact decimal arithmetic of the rules and every message is the same text as the straightforward implementation
/// (tests/Seedbed.Rules.Tests/Reference, compared by OptimisedEquivalenceTests). Messages are built with one
/// <c>string.Create</c> over a stack buffer each, numbers written into it by the span formatters of Formatted.cs;
/// divisions and threshold comparisons use the exact integer shortcuts of <see cref="Exact"/> (each falls back to the
/// decimal expression it replaces); texts of small domains (counts, score ranges) are kept per plan row. The local rule sets still use
/// <see cref="HnteConditions"/>, which keeps the same texts for the shared condition kinds.
/// </remarks>
[SkipLocalsInit]    // the stack buffers of the messages are written before they are read
public static partial class HnteRules
{
    public const string Id = "hnte-2016";

    /// <summary>The rule kinds this evaluator implements (a test checks every row of the rule data against it).</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>
    {
        "registration-age", "core-ip", "hightech-field", "tech-staff-ratio", "rd-expense-ratio", "domestic-rd-share",
        "hightech-income-ratio", "innovation-score", "no-major-incident",
        "grade", "ip-quantity", "ip-acquisition", "standards-bonus", "conversion", "rd-management", "growth",
    };

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static EnterpriseAssessment Evaluate(EnterpriseFacts facts, DateOnly date, RuleSet rules)
    {
        var plan = HntePlan.For(rules);
        var w = new Window(facts, date, plan);

        var items = new ScoreItemResult[plan.Items.Length];
        var itemSpan = items.AsSpan();      // one type check for the array, none per store
        int capMin = 0, capMax = 0, restMin = 0, restMax = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var row = plan.Items[i];
            var item = row.Step switch
            {
                HnteStep.Grade => Grade(ref w, row),
                HnteStep.IpQuantity => Quantity(ref w, row),
                HnteStep.IpAcquisition => Acquisition(ref w, row),
                HnteStep.StandardsBonus => StandardsBonus(ref w, row),
                HnteStep.Conversion => Conversion(ref w, row),
                HnteStep.RdManagement => RdManagement(ref w, row),
                _ => Growth(ref w, row),
            };
            itemSpan[i] = item;
            if (row.InCap) { capMin += item.Min; capMax += item.Max; }
            else { restMin += item.Min; restMax += item.Max; }
        }
        var score = new ScoreResult(Math.Min(plan.Cap, capMin) + restMin, Math.Min(plan.Cap, capMax) + restMax, plan.PassScore, items);

        var conditions = new ConditionResult[plan.Conditions.Length];
        var conditionSpan = conditions.AsSpan();
        bool anyFail = false, allPass = true;
        for (var i = 0; i < conditions.Length; i++)
        {
            var row = plan.Conditions[i];
            var c = row.Step switch
            {
                HnteStep.RegistrationAge => RegistrationAge(ref w, row),
                HnteStep.CoreIp => CoreIp(ref w, row),
                HnteStep.HightechField => HightechField(ref w, row),
                HnteStep.TechStaffRatio => TechStaffRatio(ref w, row),
                HnteStep.RdExpenseRatio => RdExpenseRatio(ref w, row),
                HnteStep.DomesticRdShare => DomesticRdShare(ref w, row),
                HnteStep.HightechIncomeRatio => HightechIncomeRatio(ref w, row),
                HnteStep.InnovationScore => InnovationScore(ref w, row, score),
                _ => NoMajorIncident(ref w, row),
            };
            conditionSpan[i] = c;
            if (c.Status == Fail) anyFail = true;
            if (c.Status != Pass) allPass = false;
        }
        var verdict = anyFail ? Verdict.Fail : allPass ? Verdict.Pass : Verdict.Undetermined;
        return new EnterpriseAssessment(facts.Uscc, verdict, Route.Score, conditions, score,
            w.GapList(), w.ReviewList());
    }

    /// <summary>What every rule needs about the date: the window Y−3..Y−1 limited to years ≥ the registration year, the
    /// facts of each window year, the eligible IP (counted), and the gaps and manual-review notes found so far.</summary>
    private struct Window
    {
        public readonly EnterpriseFacts Facts;
        public readonly DateOnly Date;
        public readonly int LastYear;
        public readonly int First, Count;       // window years First .. First + Count − 1 (Count 0..3)
        public readonly YearRow R0, R1, R2;     // values of window years 0..2 (first match, as EnterpriseFacts.Year; presence 0 when absent)
        public readonly YearRow LastRow;        // values of Y−1 (looked up even when the window is empty)
        public readonly int Eligible, EligibleClassTwo;
        public readonly bool EligibleClassOne, EligibleOwn;
        private Few<Gap> _gaps;
        private Few<string> _review;

        public Window(EnterpriseFacts facts, DateOnly date, HntePlan plan)
        {
            Facts = facts; Date = date; LastYear = date.Year - 1;
            First = Math.Max(date.Year - 3, facts.RegisteredOn?.Year ?? int.MinValue);
            Count = Math.Max(0, LastYear - First + 1);
            YearFacts? y0 = null, y1 = null, y2 = null, last = null;
            var years = facts.Years;
            for (var i = 0; i < years.Count; i++)
            {
                var y = years[i];
                var k = y.Year - First;
                if (k == 0) y0 ??= y;
                else if (k == 1) y1 ??= y;
                else if (k == 2) y2 ??= y;
                if (y.Year == LastYear) last ??= y;
            }
            // every value read later, loaded here together (the loads overlap instead of waiting for each other)
            if (y0 is not null) R0 = new YearRow(y0);
            if (y1 is not null) R1 = new YearRow(y1);
            if (y2 is not null) R2 = new YearRow(y2);
            if (last is not null) LastRow = new YearRow(last);
            var ip = facts.Ip;
            var excluded = plan.ExcludedAcquisitions;
            for (var i = 0; i < ip.Count; i++)
            {
                var item = ip[i];
                if (item.Status != "granted" || Excluded(excluded, item.Acquisition)) continue;
                if (item.GrantedOn is { } g && g > date) continue;
                var cls = HntePlan.IpClasses.GetValueOrDefault(item.Kind);
                if (cls == IpClass.One) EligibleClassOne = true;
                else if (cls == IpClass.Two && item.UsedInHnteYear is null) EligibleClassTwo++;
                else continue;
                Eligible++;
                if (item.Acquisition == "own") EligibleOwn = true;
            }
        }

        private static bool Excluded(string[] excluded, string acquisition)
        {
            foreach (var x in excluded) if (x == acquisition) return true;
            return false;
        }

        private decimal _rdSum;
        private int _rdMissing;
        private bool _rdDone;

        /// <summary><see cref="Series"/> of the R&amp;D expense, computed once (two conditions read it).</summary>
        public int RdExpense(out decimal sum)
        {
            if (!_rdDone)
            {
                _rdMissing = Series(this, Field.RdExpense, out _rdSum);
                _rdDone = true;
            }
            sum = _rdSum;
            return _rdMissing;
        }

        public void Gap(Gap g) => _gaps.Add(g);

        /// <summary>Distinct notes, first occurrence kept.</summary>
        public void Manual(string note)
        {
            if (!_review.Contains(note)) _review.Add(note);
        }

        public readonly Gap[] GapList() => _gaps.ToArray();
        public readonly string[] ReviewList() => _review.ToArray();
    }

    /// <summary>One year's values that the hnte-2016 rules read, with the presence bits of <see cref="YearFacts"/>.</summary>
    private readonly struct YearRow(YearFacts y)
    {
        public readonly int Present = y.Present;
        public readonly decimal Sales = y.SalesRaw, Rd = y.RdExpenseRaw, Domestic = y.RdExpenseDomesticRaw, NetAssets = y.NetAssetsRaw;
        public readonly decimal HightechIncome = y.HightechIncomeRaw, TotalIncome = y.TotalIncomeRaw;
        public readonly int Employees = y.EmployeesRaw, TechStaff = y.TechStaffRaw, Conversions = y.ConversionsRaw;

        public bool Has(int bits) => (Present & bits) == bits;
    }

    private enum Field : byte { RdExpense, SalesRevenue, RdExpenseDomestic, NetAssets }

    private static int Bit(Field f) => f switch
    {
        Field.RdExpense => YearFacts.RdExpenseBit,
        Field.SalesRevenue => YearFacts.SalesBit,
        Field.RdExpenseDomestic => YearFacts.RdExpenseDomesticBit,
        _ => YearFacts.NetAssetsBit,
    };

    private static decimal Value(in YearRow y, Field f) => f switch
    {
        Field.RdExpense => y.Rd,
        Field.SalesRevenue => y.Sales,
        Field.RdExpenseDomestic => y.Domestic,
        _ => y.NetAssets,
    };

    /// <summary>The sum of a field over the window, or the bit set (bit k = window year k) of the years where it is missing
    /// (the sum is then 0: no rule reads a partial sum).</summary>
    /// <remarks>Summed exactly in 64 bits when the values allow it (<see cref="Exact.TryAccumulate"/>), else as decimals.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Series(in Window w, Field f, out decimal sum)
    {
        var missing = Values(w, f, out var x1, out var x2, out var x3);
        sum = 0m;
        if (missing != 0 || w.Count == 0) return missing;
        ulong units = 0;
        var scale = 0;
        if (Exact.TryAccumulate(ref units, ref scale, x1)
            && (w.Count < 2 || Exact.TryAccumulate(ref units, ref scale, x2))
            && (w.Count < 3 || Exact.TryAccumulate(ref units, ref scale, x3)))
            sum = new decimal((int)(uint)units, (int)(uint)(units >> 32), 0, false, (byte)scale);
        else
            sum = w.Count switch { 1 => 0m + x1, 2 => 0m + x1 + x2, _ => 0m + x1 + x2 + x3 };
        return missing;
    }

    /// <summary>"2017年、2019年" for the years of a bit set (oldest first), as Text.Years.</summary>
    private static YearsText Years(in Window w, int bits) => new(w.First, bits);

    /// <summary>A result kept in a plan row's table for a small key (null when absent or the key is out of range).</summary>
    private static ConditionResult? KeptCondition(CompiledRow row, int key) =>
        (uint)key < (uint)row.KeptConditions.Length ? row.KeptConditions[key] : null;

    private static ScoreItemResult? KeptItem(CompiledRow row, int key) => (uint)key < (uint)row.KeptItems.Length ? row.KeptItems[key] : null;

    /// <summary>Keeps an immutable result for a key (two evaluations racing only build equal results twice).</summary>
    private static ConditionResult Keep(CompiledRow row, int key, ConditionResult result)
    {
        if ((uint)key < (uint)row.KeptConditions.Length) row.KeptConditions[key] = result;
        return result;
    }

    private static ScoreItemResult Keep(CompiledRow row, int key, ScoreItemResult result)
    {
        if ((uint)key < (uint)row.KeptItems.Length) row.KeptItems[key] = result;
        return result;
    }

    private static readonly object[] Boxes = new object[8192];

    /// <summary>A shared box for a small non-negative int (boxes are immutable and compare by value).</summary>
    internal static object Box(int v)
    {
        var inRange = (uint)v < (uint)Boxes.Length;
        var box = inRange ? Boxes[v] : null;
        if (box is null)
        {
            box = v;
            if (inRange) Boxes[v] = box;
        }
        return box;
    }

    private static int All(in Window w) => (1 << w.Count) - 1;

}
