using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Seedbed.Rules.Assessment;

/// <summary>
/// Exact integer shortcuts for the decimal expressions of the rules. Each method returns exactly what the decimal
/// expression in its summary returns (value and scale), or falls back to that expression when its shortcut does not
/// apply. Why a shortcut is exact: a decimal quotient q̃ is the exact quotient q rounded to the 96-bit precision, so
/// |q̃ − q| ≤ ½·10^−P where P, the fractional digits kept, is ≥ 27 for q &lt; 10 and ≥ 20 for q &lt; 10^8. A rational
/// X/D that is not itself a rounding midpoint (or an integer, for a ceiling) is at least 1/(2D) away from it, so for the
/// denominators allowed below (D &lt; 10^22 resp. D &lt; 2^64) rounding q̃ and rounding q give the same result.
/// Tests compare every method with the decimal expression on many values and the edges.
/// </summary>
[SkipLocalsInit]
internal static class Exact
{
    internal static readonly ulong[] Pow10 =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];

    /// <summary>The 64-bit mantissa, scale and sign of a decimal; false when the mantissa needs more than 64 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryUnpack(decimal d, out ulong mantissa, out int scale, out bool negative)
    {
        // the runtime's own layout (flags, hi32, lo64), checked once against decimal.GetBits below
        var raw = RawLayout ? Unsafe.As<decimal, Raw>(ref d) : FromBits(d);
        mantissa = raw.Lo64;
        scale = (raw.Flags >> 16) & 0xFF;
        negative = raw.Flags < 0;
        return raw.Hi32 == 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Raw FromBits(decimal d)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        return new Raw(bits[3], (uint)bits[2], (uint)bits[0] | ((ulong)(uint)bits[1] << 32));
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Raw(int flags, uint hi32, ulong lo64)
    {
        public readonly int Flags = flags;
        public readonly uint Hi32 = hi32;
        public readonly ulong Lo64 = lo64;
    }

    /// <summary>True when a decimal's memory is (flags, hi32, lo64), as in the current runtime; else GetBits is used.</summary>
    private static readonly bool RawLayout = CheckLayout();

    private static bool CheckLayout()
    {
        if (Unsafe.SizeOf<Raw>() != sizeof(decimal)) return false;
        var probe = new decimal(0x01234567, 0x09ABCDEF, 0x0F1E2D3C, true, 7);
        var raw = Unsafe.As<decimal, Raw>(ref probe);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(probe, bits);
        return raw.Flags == bits[3] && raw.Hi32 == (uint)bits[2] && raw.Lo64 == ((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
    }

    /// <summary><c>d &gt; 0</c> from the sign bit and the mantissa (a negative zero is not positive).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPositive(decimal d)
    {
        var raw = RawLayout ? Unsafe.As<decimal, Raw>(ref d) : FromBits(d);
        return raw.Flags >= 0 && (raw.Lo64 | raw.Hi32) != 0;
    }

    /// <summary><c>d == 0</c> (of any scale or sign).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsZero(decimal d)
    {
        var raw = RawLayout ? Unsafe.As<decimal, Raw>(ref d) : FromBits(d);
        return (raw.Lo64 | raw.Hi32) == 0;
    }

    /// <summary><c>x &lt;= bound</c>: for two non-negative decimals with 64-bit mantissas, one comparison of 128-bit
    /// integers at the larger scale; otherwise the decimal comparison.</summary>
    public static bool AtMost(decimal x, decimal bound)
    {
        if (TryUnpack(x, out var xm, out var xs, out var xn) && TryUnpack(bound, out var bm, out var bs, out var bn) && !xn && !bn)
        {
            if (xs == bs) return xm <= bm;
            if (xs < bs && bs - xs <= 19) return (UInt128)xm * Pow10[bs - xs] <= bm;
            if (xs > bs && xs - bs <= 19) return xm <= (UInt128)bm * Pow10[xs - bs];
        }
        return x <= bound;
    }

    /// <summary><c>Math.Round(num / den, 6, MidpointRounding.AwayFromZero)</c>.</summary>
    public static decimal Ratio6(decimal num, decimal den)
    {
        if (TryUnpack(num, out var n, out var a, out var nNeg) && TryUnpack(den, out var d, out var b, out var dNeg)
            && !nNeg && !dNeg && d != 0 && 6 + b - a is >= 0 and <= 19)
        {
            var hi = Math.BigMul(n, Pow10[6 + b - a], out var x);
            if (hi == 0)
            {
                var q = x / d;
                var r = x - q * d;
                // r = 0: exact within 6 places; its scale is the division's own, so the framework decides it.
                if (r != 0 && q < 10_000_000)
                {
                    if (r >= d - r) q++;                     // half away from zero
                    return new decimal((int)(uint)q, (int)(uint)(q >> 32), 0, false, 6);
                }
            }
        }
        return Math.Round(num / den, 6, MidpointRounding.AwayFromZero);
    }

    /// <summary><c>x >= r * y</c>: r·y = rm·ym·10^−(rs+ys) is exact as a decimal when rm &lt; 2^32 and rs + ys ≤ 28,
    /// so the comparison is one of two 128-bit integers at a common scale.</summary>
    public static bool AtLeastProduct(decimal x, decimal r, decimal y)
    {
        if (TryUnpack(x, out var xm, out var xs, out var xn) && TryUnpack(r, out var rm, out var rs, out var rn)
            && TryUnpack(y, out var ym, out var ys, out var yn) && !xn && !rn && !yn && rm <= uint.MaxValue && rs + ys <= 28)
        {
            UInt128 left = xm, right = (UInt128)rm * ym;
            var k = rs + ys - xs;
            if (k is >= 0 and <= 19) return left * Pow10[k] >= right;
            if (k is < 0 and >= -9) return left >= right * Pow10[-k];
        }
        return x >= r * y;
    }

    /// <summary><c>Math.Ceiling(num / den)</c>.</summary>
    public static decimal CeilQuotient(decimal num, decimal den)
    {
        if (TryUnpack(num, out var n, out var a, out var nNeg) && TryUnpack(den, out var d, out var b, out var dNeg)
            && !nNeg && !dNeg && d != 0 && n != 0)
        {
            // num / den = n·10^(b−a) / d
            bool ok;
            ulong x = n;
            if (b >= a)
            {
                ok = b - a <= 19 && Math.BigMul(n, Pow10[b - a], out x) == 0;
            }
            else
            {
                ok = a - b <= 19 && Math.BigMul(d, Pow10[a - b], out d) == 0;
            }
            if (ok)
            {
                var q = x / d;
                if (q < 100_000_000) return new decimal(x % d == 0 ? q : q + 1);
            }
        }
        return Math.Ceiling(num / den);
    }

    /// <summary>
    /// Adds a non-negative decimal to a sum kept as units·10^−scale, exactly as decimal addition does it when nothing
    /// overflows: both aligned to the larger scale, which the sum keeps (no trailing zeros dropped). Starting from 0 units
    /// at scale 0, this is <c>0m + v1 + v2 + …</c>. False (→ add the decimals) for a negative value or when the aligned
    /// units reach 2^63.
    /// </summary>
    public static bool TryAccumulate(ref ulong units, ref int scale, decimal v)
    {
        if (!TryUnpack(v, out var m, out var s, out var negative) || negative || m >= 1UL << 63) return false;
        if (s > scale)
        {
            if (s - scale > 19 || Math.BigMul(units, Pow10[s - scale], out units) != 0) return false;
            scale = s;
        }
        else if (s < scale && (scale - s > 19 || Math.BigMul(m, Pow10[scale - s], out m) != 0)) return false;
        if (units >= 1UL << 63 || m >= 1UL << 63) return false;
        units += m;
        return units < 1UL << 63;
    }

    /// <summary>Round half to even of <c>sum / n</c> to 2 places as hundredths (<c>Math.Round(sum / n, 2)</c>), for n = 1..3 and 0 ≤ sum.</summary>
    public static long AverageHundredths(long sum, int n)
    {
        var x = sum * 100;
        var q = x / n;
        var r = x - q * n;
        return 2 * r > n || (2 * r == n && (q & 1) == 1) ? q + 1 : q;
    }
}
