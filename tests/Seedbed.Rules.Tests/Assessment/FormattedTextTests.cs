using System.Globalization;
using Seedbed.Rules.Assessment;

namespace Seedbed.Rules.Tests.Assessment;

/// <summary>The span formatters written into the message buffers equal the framework formats exactly, in any buffer size.</summary>
public class FormattedTextTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static IEnumerable<decimal> Values()
    {
        string[] edges =
        [
            "0", "0.00", "-0", "-0.00", "0.004", "0.005", "-0.004", "-0.005", "0.995", "-0.995", "1.5", "-1.5", "12.30", "999.995",
            "1000", "-1000", "123456.789", "-1234567.891", "99999999999999999.99", "999999999999999999.99", "18446744073709551615",
            "18446744073709551616", "-18446744073709551616.5", "79228162514264337593543950335", "0.0000000000000000000000000001",
            "0.0000000000000000000000000005", "-0.0000000000000000000000000005", "0.000000000000000000005",
        ];
        foreach (var e in edges) yield return decimal.Parse(e, NumberStyles.Float, Inv);
        var r = new Random(5);
        for (var i = 0; i < 100_000; i++)
            yield return new decimal(r.Next(), r.Next(0, i % 3 == 0 ? int.MaxValue : 1 << 16), i % 7 == 0 ? r.Next(0, 100) : 0, r.Next(4) == 0, (byte)r.Next(0, 29));
    }

    [Fact]
    public void YuanPctAndNum_EqualTheFrameworkFormats()
    {
        foreach (var v in Values())
        {
            Assert.Equal(v.ToString("#,0.##", Inv) + " 元", Write(new YuanText(v)));
            Assert.Equal(v.ToString("0.##", Inv), Write(new NumText(v)));
            decimal p;
            try { p = v * 100m; }
            catch (OverflowException) { continue; }
            Assert.Equal(p.ToString("0.##", Inv) + "%", Write(new PctText(v)));
        }
    }

    [Fact]
    public void Hundredths_EqualThePercentOfTheFourPlaceValue()
    {
        var r = new Random(3);
        for (var i = 0; i < 100_000; i++)
        {
            long units = i < 2000 ? i - 1000 : r.NextInt64(-10_000_000_000, 10_000_000_000);
            if (units == 0) continue;                                    // the evaluator never writes a zero this way
            var g = units / 10_000m;
            Assert.Equal((g * 100m).ToString("0.##", Inv) + "%", Write(new HundredthsText(units, "%")));
            Assert.Equal((units / 100m).ToString("0.##", Inv), Write(new HundredthsText(units, "")));
        }
    }

    [Theory]
    [InlineData(2017, 1, "2017年")]
    [InlineData(2017, 2, "2018年")]
    [InlineData(2017, 5, "2017年、2019年")]
    [InlineData(2017, 7, "2017年、2018年、2019年")]
    [InlineData(2017, 6, "2018年、2019年")]
    [InlineData(2017, 0, "")]
    public void Years_ListTheYearsOfTheBitSet(int first, int bits, string expected)
    {
        Assert.Equal(expected, Write(new YearsText(first, bits)));
        Assert.Equal(expected, Text.Years(Enumerable.Range(0, 3).Where(k => (bits & (1 << k)) != 0).Select(k => first + k)));
    }

    /// <summary>Every destination length: false (and the handler grows its buffer) until the text fits, then the text.</summary>
    private static string Write<T>(T value) where T : ISpanFormattable
    {
        var expected = value.ToString(null, Inv);
        Span<char> buffer = stackalloc char[128];
        for (var n = 0; n <= expected.Length; n++)
        {
            var ok = value.TryFormat(buffer[..n], out var written, default, Inv);
            Assert.Equal(n == expected.Length, ok);
            if (ok)
            {
                Assert.Equal(expected, buffer[..written].ToString());
                break;
            }
        }
        return string.Create(Inv, stackalloc char[4], $"{value}");
    }
}
