using System.Globalization;
using Seedbed.Rules.Assessment;

namespace Seedbed.Rules.Tests.Assessment;

/// <summary>The fast money and percentage formatting of the messages equals the framework's custom formats exactly.</summary>
public class TextFormatTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] EdgeValues =
        [
            "0", "0.0", "0.00", "0.001", "0.004", "0.005", "0.0049999", "0.015", "0.125", "0.995", "0.9949", "0.999", "1", "1.5", "1.50",
            "1.05", "9.995", "99.995", "999.995", "1000", "999999.999", "1234567.891", "12345678.90", "100000000", "123456789012345.675",
            "9999999999999999.994", "9999999999999999.995", "10000000000000000", "-0.001", "-0.005", "-1.5", "-1234567.891",
            "0.00000000000000000000000001", "5E-28",
        ];

    public static IEnumerable<object[]> Edges() => EdgeValues.Select(s => new object[] { s });

    [Theory, MemberData(nameof(Edges))]
    public void YuanAndPct_EqualTheFrameworkFormats_AtTheEdges(string text)
    {
        var v = decimal.Parse(text, NumberStyles.Float, Inv);
        Assert.Equal(v.ToString("#,0.##", Inv) + " 元", Text.Yuan(v));
        Assert.Equal((v * 100m).ToString("0.##", Inv) + "%", Text.Pct(v));
    }

    [Fact]
    public void YuanAndPct_EqualTheFrameworkFormats_OnManyValues()
    {
        var r = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            var v = new decimal(r.Next(), r.Next(0, 1 << 20), 0, false, (byte)r.Next(0, 12));
            Assert.Equal(v.ToString("#,0.##", Inv) + " 元", Text.Yuan(v));
            var ratio = Math.Round(v / (v + r.Next(1, 1_000_000_000)), 6, MidpointRounding.AwayFromZero);
            Assert.Equal((ratio * 100m).ToString("0.##", Inv) + "%", Text.Pct(ratio));
        }
    }
}
