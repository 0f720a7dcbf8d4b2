using System.Globalization;
using System.Runtime.CompilerServices;

namespace Seedbed.Rules.Assessment;

/// <summary>
/// Numbers of the messages written straight into the buffer of an interpolated string (no intermediate string):
/// <c>string.Create(CultureInfo.InvariantCulture, stackalloc char[N], $"… {new YuanText(v)} …")</c>.
/// Each writes exactly what its framework format gives (tests compare them on many values and the edges).
/// </summary>
[SkipLocalsInit]
internal static class Fixed2
{
    private const ulong Limit = 1_000_000_000_000_000_000;     // hundredths below 10^18: whole part below 10^16

    /// <summary>|v|·10^shift rounded half away from zero (what the custom formats do with the exact digits of a decimal);
    /// false when it does not fit (→ the framework formatter) or rounds a negative value to zero.</summary>
    public static bool TryUnits(decimal v, int shift, out ulong units, out bool negative)
    {
        units = 0;
        if (!Exact.TryUnpack(v, out var m, out var s, out negative)) return false;
        if (s <= shift)
        {
            if (Math.BigMul(m, Exact.Pow10[shift - s], out units) != 0) return false;
        }
        else if (s - shift > 19) units = 0;                  // m < 2^64 < ½·10^20: rounds to 0
        else
        {
            var d = Exact.Pow10[s - shift];
            units = m / d;
            var r = m - units * d;
            if (r >= d - r) units++;
        }
        return units < Limit && !(negative && units == 0);
    }

    /// <summary>"00" … "99": two digits per lookup.</summary>
    private const string Pairs =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

    /// <summary>Writes hundredths as "0.##" (or "#,0.##" when grouped) followed by the suffix.</summary>
    public static bool TryWrite(Span<char> dest, out int written, ulong units, bool negative, bool grouped, string suffix)
    {
        var whole = units / 100;
        var frac = (int)(units - whole * 100);
        var digits = CountDigits(whole);
        var length = (negative ? 1 : 0) + digits + (grouped ? (digits - 1) / 3 : 0)
            + (frac == 0 ? 0 : frac % 10 == 0 ? 2 : 3) + suffix.Length;
        written = 0;
        if (dest.Length < length) return false;
        var pos = length - suffix.Length;
        suffix.CopyTo(dest[pos..]);
        if (frac != 0)
        {
            if (frac % 10 != 0)
            {
                dest[--pos] = Pairs[2 * frac + 1];
                dest[--pos] = Pairs[2 * frac];
            }
            else dest[--pos] = (char)('0' + frac / 10);
            dest[--pos] = '.';
        }
        if (grouped)
        {
            while (whole >= 1000)
            {
                var next = whole / 1000;
                var group = (int)(whole - next * 1000);
                var low = group % 100;
                dest[--pos] = Pairs[2 * low + 1];
                dest[--pos] = Pairs[2 * low];
                dest[--pos] = (char)('0' + group / 100);
                dest[--pos] = ',';
                whole = next;
            }
        }
        else
        {
            while (whole >= 100)
            {
                var next = whole / 100;
                var pair = (int)(whole - next * 100);
                dest[--pos] = Pairs[2 * pair + 1];
                dest[--pos] = Pairs[2 * pair];
                whole = next;
            }
        }
        // at most three digits left (two when not grouped)
        var rest = (int)whole;
        if (rest >= 100)
        {
            dest[--pos] = Pairs[2 * (rest % 100) + 1];
            dest[--pos] = Pairs[2 * (rest % 100)];
            dest[--pos] = (char)('0' + rest / 100);
        }
        else if (rest >= 10)
        {
            dest[--pos] = Pairs[2 * rest + 1];
            dest[--pos] = Pairs[2 * rest];
        }
        else dest[--pos] = (char)('0' + rest);
        if (negative) dest[--pos] = '-';
        written = length;
        return true;
    }

    /// <summary>Decimal digits of a value below 10^16.</summary>
    private static int CountDigits(ulong v)
    {
        var d = 1;
        if (v >= 100_000_000) { d += 8; v /= 100_000_000; }
        if (v >= 10_000) { d += 4; v /= 10_000; }
        if (v >= 100) { d += 2; v /= 100; }
        if (v >= 10) d++;
        return d;
    }

    /// <summary>The framework's custom format followed by the suffix (the fallback).</summary>
    public static bool TryFramework(Span<char> dest, out int written, decimal v, string format, string suffix)
    {
        written = 0;
        if (!v.TryFormat(dest, out var n, format, CultureInfo.InvariantCulture) || !suffix.AsSpan().TryCopyTo(dest[n..])) return false;
        written = n + suffix.Length;
        return true;
    }
}

/// <summary>As <c>v.ToString("#,0.##", invariant) + " 元"</c>.</summary>
[SkipLocalsInit]
internal readonly struct YuanText(decimal value) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Fixed2.TryUnits(value, 2, out var units, out var negative)
            ? Fixed2.TryWrite(destination, out charsWritten, units, negative, grouped: true, " 元")
            : Fixed2.TryFramework(destination, out charsWritten, value, "#,0.##", " 元");

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, stackalloc char[64], $"{this}");
}

/// <summary>As <c>(ratio * 100).ToString("0.##", invariant) + "%"</c>.</summary>
[SkipLocalsInit]
internal readonly struct PctText(decimal ratio) : ISpanFormattable
{
    // ratio·100 has the mantissa of ratio and a scale 2 lower, so hundredths of a percent are ratio·10^4
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Fixed2.TryUnits(ratio, 4, out var units, out var negative)
            ? Fixed2.TryWrite(destination, out charsWritten, units, negative, grouped: false, "%")
            : Fixed2.TryFramework(destination, out charsWritten, ratio * 100m, "0.##", "%");

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, stackalloc char[64], $"{this}");
}

/// <summary>As <c>v.ToString("0.##", invariant)</c>.</summary>
[SkipLocalsInit]
internal readonly struct NumText(decimal value) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Fixed2.TryUnits(value, 2, out var units, out var negative)
            ? Fixed2.TryWrite(destination, out charsWritten, units, negative, grouped: false, "")
            : Fixed2.TryFramework(destination, out charsWritten, value, "0.##", "");

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, stackalloc char[64], $"{this}");
}

/// <summary>Hundredths written as "0.##" with a sign and a suffix: <c>new HundredthsText(g·10^4, "%")</c> is <see cref="PctText"/> of g.</summary>
[SkipLocalsInit]
internal readonly struct HundredthsText(long units, string suffix) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Fixed2.TryWrite(destination, out charsWritten, (ulong)Math.Abs(units), units < 0, grouped: false, suffix);

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, stackalloc char[64], $"{this}");
}

/// <summary>"2017年、2019年" for the years <c>first + k</c> of a bit set (bit k), oldest first.</summary>
[SkipLocalsInit]
internal readonly struct YearsText(int first, int bits) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        for (var k = 0; k < 31 && bits >> k != 0; k++)
        {
            if ((bits & (1 << k)) == 0) continue;
            if (charsWritten > 0)
            {
                if (destination.Length <= charsWritten) return false;
                destination[charsWritten++] = '、';
            }
            if (!(first + k).TryFormat(destination[charsWritten..], out var n, default, CultureInfo.InvariantCulture)
                || destination.Length <= charsWritten + n) return false;
            charsWritten += n;
            destination[charsWritten++] = '年';
        }
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, stackalloc char[64], $"{this}");
}
