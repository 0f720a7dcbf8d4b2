using System.Runtime.CompilerServices;

namespace Seedbed.Rules.Assessment;

/// <summary>hnte-2016 growth items (《工作指引》成长性指标): the exact band edges and the displayed rate.</summary>
public static partial class HnteRules
{
    private static ScoreItemResult Growth(ref Window w, CompiledRow row)
    {
        var label = row.NetAssets ? "净资产" : "销售收入";
        var field = row.NetAssets ? Field.NetAssets : Field.SalesRevenue;
        var missing = Values(w, field, out var v1, out var v2, out var v3);
        var bands = row.Bands;
        var f = bands[^1];
        if (w.Count == 0) return KeptItem(row, 0) ?? Keep(row, 0, I(row, null, 0, row.Max, "没有可计算的会计年度，按区间计"));
        if (missing != 0) return I(row, null, 0, row.Max, string.Create(Inv, stackalloc char[64], $"缺少{Years(w, missing)}的{label}，按区间计"));
        // g + 1 = P / Q with Q > 0, so every band edge is compared exactly: g ≥ t ⇔ P ≥ (1 + t)·Q
        decimal p, q;
        string how;
        GrowthTerms terms;
        if (w.Count >= 3)
        {
            decimal x1 = v1, x2 = v2, x3 = v3;
            if (!Exact.IsPositive(x2)) return KeptItem(row, 1) ?? Keep(row, 1, I(row, f.Code, f.Min, f.Max, row.NetAssets ? "第二年净资产为0或负数，按0分计" : "第二年销售收入为0或负数，按0分计"));
            if (!Exact.IsPositive(x1))
            {
                if (x1 < 0) w.Manual(string.Create(Inv, stackalloc char[64], $"第一年{label}为负数，已按“第一年为0”的规定用后两年计算，请人工核实"));
                (p, q, how) = (x3, x2, "第一年为0，按后两年计算");
                terms = GrowthTerms.Of(p, q);
            }
            else
            {
                how = "按三年计算";
                terms = GrowthTerms.Three(x1, x2, x3);
                if (TryGrowth(terms, row, how, out var fast)) return fast;
                (p, q) = (x2 * x2 + x1 * x3, 2 * x1 * x2);
            }
        }
        else if (w.Count == 2)
        {
            decimal x1 = v1, x2 = v2;
            if (!Exact.IsPositive(x1)) return KeptItem(row, 2) ?? Keep(row, 2, I(row, f.Code, f.Min, f.Max, row.NetAssets ? "第一年净资产为0或负数，按0分计" : "第一年销售收入为0或负数，按0分计"));
            (p, q, how) = (x2, x1, "经营期两年，按两年计算");
            terms = GrowthTerms.Of(p, q);
        }
        else return KeptItem(row, 3) ?? Keep(row, 3, I(row, f.Code, f.Min, f.Max, "仅有一个会计年度，无法计算增长率，按0分计"));
        if (TryGrowth(terms, row, how, out var quick)) return quick;
        Band? band = null;
        foreach (var b in bands)
            if (b.Bound is null || (b.Exclusive ? p > (1 + b.Bound.Value) * q : p >= (1 + b.Bound.Value) * q)) { band = b; break; }
        if (band is null) throw new InvalidOperationException("Sequence contains no matching element");
        var g = Math.Round(p / q - 1, 4);
        return I(row, band.Code, band.Min, band.Max, string.Create(Inv, stackalloc char[64], $"{label}增长率 {new PctText(g)}（{how}）"));
    }

    /// <summary>
    /// The same decision from the double estimate y ≈ p/q·10^4 when it is provably far from every integer and every
    /// half-integer: its relative error is below 10^−15 (aligned mantissas below 2^40 are exact doubles; at most six
    /// correctly rounded operations), so |y − p/q·10^4| &lt; 10^−10 for y &lt; 10^5, and a fractional part in
    /// (10^−6, 1 − 10^−6) at least 10^−6 away from ½ gives T = ⌊y⌋ exactly, R ≠ 0 and the rounding direction. Otherwise
    /// false, and the integers decide.
    /// </summary>
    private static bool TryEstimate(in GrowthTerms t, CompiledRow row, long[] edges, string how, out ScoreItemResult result)
    {
        result = null!;
        const double Margin = 1e-6;
        var y = t.Estimate * 10_000;
        if (!(y >= 0 && y < 100_000)) return false;
        var floor = Math.Floor(y);
        var frac = y - floor;
        if (frac < Margin || frac > 1 - Margin || Math.Abs(frac - 0.5) < Margin) return false;
        var whole = (long)floor;
        var bands = row.Bands;
        var i = 0;
        while (i < bands.Length && bands[i].Bound is not null && whole < edges[i]) i++;
        if (i == bands.Length) return false;
        var g = whole - 10_000 + (frac > 0.5 ? 1 : 0);
        if (g == 0) return false;                                          // a signed zero: the framework formats it
        result = new HnteGrowthItem(row, bands[i], g, how);
        return true;
    }

    /// <summary>The values of a field in the window years (0 where absent) and the bit set of the years where it is missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Values(in Window w, Field f, out decimal x1, out decimal x2, out decimal x3)
    {
        var missing = 0;
        x1 = x2 = x3 = 0m;
        var bit = Bit(f);
        if (w.Count > 0) { if (w.R0.Has(bit)) x1 = Value(w.R0, f); else missing |= 1; }
        if (w.Count > 1) { if (w.R1.Has(bit)) x2 = Value(w.R1, f); else missing |= 2; }
        if (w.Count > 2) { if (w.R2.Has(bit)) x3 = Value(w.R2, f); else missing |= 4; }
        return missing;
    }

    /// <summary>
    /// The growth item in exact integer arithmetic when the terms allow it (<see cref="GrowthTerms"/>): with
    /// p/q·10^4 = T + R/Q (0 &lt; R &lt; Q), a band edge 1 + t = K/10^4 holds (≥ or &gt;) exactly when T ≥ K, and
    /// <c>Math.Round(p / q − 1, 4)</c> is T − 10^4 rounded half to even by R/Q (see <see cref="Exact"/> for why the
    /// decimal quotient rounds the same: Q &lt; 10^22 and p/q &lt; 10). False (→ the decimal expressions) otherwise.
    /// </summary>
    private static bool TryGrowth(in GrowthTerms t, CompiledRow row, string how, out ScoreItemResult result)
    {
        result = null!;
        var edges = row.GrowthEdges;
        if (!t.Ok || edges is null || t.Scale + row.GrowthEdgeScale > 28) return false;
        if (TryEstimate(t, row, edges, how, out result)) return true;
        var q = t.Q;
        if (q >= GrowthTerms.MaxDenominator) return false;
        var x = t.P * 10_000;
        if (x >= q * 100_000) return false;                                // p/q ≥ 10
        // ⌊x/Q⌋ < 10^5: a double estimate is off by at most one, corrected exactly in 128 bits
        var whole = (long)((double)x / (double)q);
        var product = q * (ulong)whole;
        if (product > x) { whole--; product -= q; }
        else if (x - product >= q) { whole++; product += q; }
        var r = x - product;
        if (r == 0) return false;
        var bands = row.Bands;
        var i = 0;
        while (i < bands.Length && bands[i].Bound is not null && whole < edges[i]) i++;
        if (i == bands.Length) throw new InvalidOperationException("Sequence contains no matching element");
        var g = whole - 10_000;                                            // ⌊(p/q − 1)·10^4⌋
        var twice = 2 * r;
        if (twice > q || (twice == q && (g & 1) != 0)) g++;              // half to even
        if (g == 0) return false;                                          // a signed zero: the framework formats it
        result = new HnteGrowthItem(row, bands[i], g, how);
        return true;
    }
}

/// <summary>
/// The growth quotient p/q as integers at one scale (p = P·10^−Scale, q = Q·10^−Scale), when the decimal p and q the
/// rules compute are exact and non-negative (mantissas below 2^40 after aligning the scales). <see cref="Ok"/> false otherwise.
/// </summary>
internal readonly struct GrowthTerms
{
    /// <summary>Q below 10^22 keeps a non-midpoint at least 10^−4/(2Q) &gt; ½·10^−27 away from a 4-place midpoint.</summary>
    public static readonly UInt128 MaxDenominator = (UInt128)10_000_000_000_000_000_000UL * 1000;
    private const ulong Max40 = 1UL << 40;

    public readonly bool Ok;
    private readonly bool _three;
    private readonly ulong _a, _b, _c;       // aligned mantissas: p = a, q = b (Of); x1, x2, x3 (Three)
    public readonly int Scale;
    /// <summary>p/q in double from the aligned mantissas (see HnteRules.TryEstimate for its error).</summary>
    public readonly double Estimate;

    private GrowthTerms(bool three, ulong a, ulong b, ulong c, int scale, double estimate)
    {
        Ok = true; _three = three; _a = a; _b = b; _c = c; Scale = scale; Estimate = estimate;
    }

    /// <summary>p and q as integers at <see cref="Scale"/> (computed when the estimate does not decide).</summary>
    public UInt128 P => _three ? (UInt128)_b * _b + (UInt128)_a * _c : _a;
    public UInt128 Q => _three ? 2 * (UInt128)_a * _b : _b;

    /// <summary>p and q as they are (two years, or the last two).</summary>
    public static GrowthTerms Of(decimal p, decimal q)
    {
        if (!Exact.TryUnpack(p, out var a, out var sa, out var na) || !Exact.TryUnpack(q, out var b, out var sb, out var nb) || na || nb) return default;
        var s = Math.Max(sa, sb);
        return Align(ref a, s - sa) && Align(ref b, s - sb) ? new GrowthTerms(false, a, b, 0, s, (double)a / b) : default;
    }

    /// <summary>p = x2² + x1·x3 and q = 2·x1·x2 (three years).</summary>
    public static GrowthTerms Three(decimal x1, decimal x2, decimal x3)
    {
        if (!Exact.TryUnpack(x1, out var a, out var s1, out var n1) || !Exact.TryUnpack(x2, out var b, out var s2, out var n2)
            || !Exact.TryUnpack(x3, out var c, out var s3, out var n3) || n1 || n2 || n3) return default;
        var s = Math.Max(s1, Math.Max(s2, s3));
        if (!Align(ref a, s - s1) || !Align(ref b, s - s2) || !Align(ref c, s - s3)) return default;
        return new GrowthTerms(true, a, b, c, 2 * s, ((double)b * b + (double)a * c) / (2.0 * a * b));
    }

    private static bool Align(ref ulong m, int by)
    {
        if (m >= Max40 || by > 12) return false;
        if (by == 0) return true;
        if (Math.BigMul(m, Exact.Pow10[by], out var aligned) != 0 || aligned >= Max40) return false;
        m = aligned;
        return true;
    }
}
