using System.Globalization;
using System.Text;
using Seedbed.Rules.Assessment;
using Seedbed.Rules.Tests.Reference;

namespace Seedbed.Rules.Tests.Assessment;

/// <summary>The integer shortcuts of the hnte-2016 evaluator give exactly the decimal expressions they replace: the same
/// value and the same scale (compared through the invariant text, which shows trailing zeros).</summary>
public class ExactArithmeticTests
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] Edges =
    [
        "0", "0.00", "1", "1.00", "2", "3", "7", "8", "10", "0.01", "0.5", "0.0000005", "0.0000015", "0.00000049", "1.0000005",
        "99.99", "100", "125", "1000000", "30000000.00", "123456789.12", "9999999999999999.99", "18446744073709551615",
        "18446744073709551616", "79228162514264337593543950335", "0.0000000000000000000000000001", "5E-28", "-1", "-0.5", "-0.00",
    ];

    private static IEnumerable<(decimal Num, decimal Den)> Pairs()
    {
        foreach (var a in Edges)
            foreach (var b in Edges)
                yield return (decimal.Parse(a, NumberStyles.Float, Inv), decimal.Parse(b, NumberStyles.Float, Inv));
        var r = new Random(11);
        for (var i = 0; i < 300_000; i++)
        {
            var den = Random(r);
            var num = (i % 5) switch
            {
                0 => den * r.Next(0, 100) / 100m,                  // ratios below 1, often exact
                1 => Math.Round(den * (decimal)r.NextDouble(), r.Next(0, 4)),
                2 => den * r.Next(1, 13),                          // whole ratios ≥ 1 (≥ 10 uses the framework)
                3 => Random(r),
                _ => den / 2m + (r.Next(2) == 0 ? 0.000001m : -0.000001m) * den,   // around midpoints
            };
            yield return (num, den);
        }
    }

    private static decimal Random(Random r) => r.Next(4) switch
    {
        0 => r.Next(0, 1000),
        1 => new decimal(r.Next(), r.Next(0, 1 << 12), 0, false, (byte)r.Next(0, 4)),
        2 => new decimal(r.Next(), r.Next(), r.Next(0, 3), false, (byte)r.Next(0, 8)),
        _ => r.Next(1, 800),
    };

    private static string D(decimal d) => d.ToString(Inv);

    [Fact]
    public void Ratio6_IsTheRoundedDecimalQuotient()
    {
        foreach (var (num, den) in Pairs())
        {
            if (den == 0) continue;
            Assert.Equal(Outcome(() => D(Math.Round(num / den, 6, MidpointRounding.AwayFromZero))), Outcome(() => D(Exact.Ratio6(num, den))));
        }
    }

    [Fact]
    public void CeilQuotient_IsTheCeilingOfTheDecimalQuotient()
    {
        foreach (var (num, den) in Pairs())
        {
            if (den == 0) continue;
            Assert.Equal(Outcome(() => D(Math.Ceiling(num / den))), Outcome(() => D(Exact.CeilQuotient(num, den))));
        }
    }

    [Fact]
    public void AtLeastProduct_IsTheDecimalComparison()
    {
        decimal[] ratios = [0m, 0.1m, 0.6m, 0.60m, 0.05m, 0.04m, 0.03m, 1m, 0.123456789m, 4294967296m, 0.00000000000000000001m, 1.5m];
        var i = 0;
        foreach (var (x, y) in Pairs())
        {
            var r = ratios[i++ % ratios.Length];
            Assert.Equal(Outcome(() => (x >= r * y).ToString()), Outcome(() => Exact.AtLeastProduct(x, r, y).ToString()));
            Assert.Equal(Outcome(() => (y * r >= r * y).ToString()), Outcome(() => Exact.AtLeastProduct(y * r, r, y).ToString()));
        }
    }

    [Fact]
    public void AverageHundredths_IsTheRoundedDecimalAverage()
    {
        for (long sum = 0; sum < 5000; sum++)
            for (var n = 1; n <= 3; n++)
                Assert.Equal(Math.Round((decimal)sum / n, 2), Exact.AverageHundredths(sum, n) / 100m);
    }

    [Fact]
    public void TryAccumulate_IsTheDecimalSum_ValueAndScale()
    {
        var shortcuts = 0;
        var values = Pairs().Select(p => p.Num).Take(60_000).ToArray();
        for (var i = 0; i + 2 < values.Length; i += 3)
        {
            ulong units = 0;
            var scale = 0;
            var exact = true;
            foreach (var v in values.AsSpan(i, 3))
                if (exact) exact = Exact.TryAccumulate(ref units, ref scale, v);
            if (!exact) continue;
            var expected = values[i] + values[i + 1] + values[i + 2];    // (a sum that overflows is never taken: units < 2^63)
            shortcuts++;
            Assert.Equal(D(expected), D(new decimal((int)(uint)units, (int)(uint)(units >> 32), 0, false, (byte)scale)));
        }
        Assert.True(shortcuts > 5_000, $"the shortcut was taken only {shortcuts} times");
        ulong big = 0;
        var s = 0;
        Assert.False(Exact.TryAccumulate(ref big, ref s, 18446744073709551615m));   // does not fit: the decimals are added
        Assert.False(Exact.TryAccumulate(ref big, ref s, -1m));
    }

    [Fact]
    public void SignChecksAndAtMost_AreTheDecimalComparisons()
    {
        var checkedPairs = 0;
        foreach (var (x, y) in Pairs().Take(100_000))
        {
            Assert.Equal(x > 0, Exact.IsPositive(x));
            Assert.Equal(x == 0, Exact.IsZero(x));
            Assert.Equal(x <= y, Exact.AtMost(x, y));
            Assert.Equal(y <= x, Exact.AtMost(y, x));
            Assert.Equal(x <= x * 1.00m, Exact.AtMost(x, x * 1.00m));      // equal values at different scales
            checkedPairs++;
        }
        Assert.True(checkedPairs > 50_000);
    }

    [Fact]
    public void TryUnpack_ReadsMantissaScaleAndSign()
    {
        foreach (var text in Edges)
        {
            var d = decimal.Parse(text, NumberStyles.Float, Inv);
            var bits = decimal.GetBits(d);
            var fits = Exact.TryUnpack(d, out var m, out var s, out var negative);
            Assert.Equal(bits[2] == 0, fits);
            if (!fits) continue;
            Assert.Equal((uint)bits[0] | ((ulong)(uint)bits[1] << 32), m);
            Assert.Equal(d.Scale, s);
            Assert.Equal(bits[3] < 0, negative);
        }
    }

    /// <summary>Growth at and around every band edge, with two and three years, zero, negative and huge values, and
    /// mixed scales: the evaluator equals the reference implementation.</summary>
    [Fact]
    public void Growth_EqualsTheReference_AtTheBandEdges()
    {
        decimal[] rates = [-1m, -0.5m, -0.0001m, -0.00005m, 0m, 0.00004m, 0.00005m, 0.00015m, 0.05m, 0.15m, 0.25m, 0.35m, 0.3499m, 9m, 20m];
        decimal[] bases = [1m, 3m, 7.77m, 100m, 12345.67m, 30_000_000m, 1_000_000_000_000.01m, 123456789012345678m];
        var good = Given.GoodHnte();
        var cases = new List<EnterpriseFacts>();
        foreach (var b in bases)
            foreach (var g in rates)
            {
                var x2 = Math.Round(b * (1 + g), 2);
                cases.Add(good.WithYears(Given.Year(2018, b), Given.Year(2019, x2)));
                cases.Add(good.WithYears(Given.Year(2017, b), Given.Year(2018, b * 1.1m), Given.Year(2019, x2)));
                cases.Add(good.WithYears(Given.Year(2017, 0m), Given.Year(2018, b), Given.Year(2019, x2)));
                cases.Add(good.WithYears(Given.Year(2017, -b), Given.Year(2018, b), Given.Year(2019, x2)));
                cases.Add(good.WithYears(Given.Year(2017, b), Given.Year(2018, b), Given.Year(2019, -x2)));
                cases.Add(good.WithYears(Given.Year(2017, Math.Round(b, 0)), Given.Year(2018, b * 1.05m), Given.Year(2019, x2 * 1.000001m)));
            }
        foreach (var f in cases)
            Assert.Equal(Outcome(() => Dump(RefHnteRules.Evaluate(f, Given.Date, Given.Hnte))), Outcome(() => Dump(HnteRules.Evaluate(f, Given.Date, Given.Hnte))));
    }

    /// <summary>Growth rates on, just off and clearly off a 4-place rounding midpoint and a whole hundredth of a percent
    /// (p/q·10^4 = K + ½ ± ε and K ± ε, ε from 10^−9 to 10^−2): the double estimate decides only far from them, the
    /// integers everywhere else; every case equals the reference.</summary>
    [Fact]
    public void Growth_EqualsTheReference_AroundRoundingMidpoints()
    {
        var good = Given.GoodHnte();
        var cases = new List<EnterpriseFacts>();
        foreach (var m in new[] { 2m, 100m, 4_000m, 100_000m, 2_000_000m, 40_000_000m })
            foreach (var k in new[] { 10_000m, 10_499m, 11_234m, 13_500m, 12_499m })
                foreach (var half in new[] { 0m, 0.5m })
                    foreach (var offset in new[] { 0m, 0.01m, -0.01m, 0.03m, -0.07m })
                    {
                        // two years: p/q·10^4 = x2·10^4 / x1 with x1 = 10^4·m: K + half + offset/m
                        var x1 = 10_000m * m;
                        var x2 = m * (k + half) + offset;
                        cases.Add(good.WithYears(Given.Year(2018, x1), Given.Year(2019, x2)));
                        cases.Add(good.WithYears(Given.Year(2017, 0m), Given.Year(2018, x1), Given.Year(2019, x2)));
                    }
        foreach (var f in cases)
            Assert.Equal(Outcome(() => Dump(RefHnteRules.Evaluate(f, Given.Date, Given.Hnte))), Outcome(() => Dump(HnteRules.Evaluate(f, Given.Date, Given.Hnte))));
    }

    /// <summary>The text of a result, or the type of the exception it throws (both sides must throw alike).</summary>
    private static string Outcome(Func<string> f)
    {
        try { return f(); }
        catch (ArithmeticException e) { return "throws " + e.GetType().Name; }
    }

    private static string Dump(EnterpriseAssessment a)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{a.Uscc}|{a.Verdict}|{a.Route}\n");
        foreach (var c in a.Conditions)
            sb.Append(CultureInfo.InvariantCulture, $"C {c.Id}|{c.Status}|{c.Actual?.GetType().Name}:{Convert.ToString(c.Actual, Inv)}|{c.Required?.GetType().Name}:{Convert.ToString(c.Required, Inv)}|{c.Message}\n");
        foreach (var i in a.Score!.Items) sb.Append(CultureInfo.InvariantCulture, $"I {i.Id}|{i.Band}|{i.Min}|{i.Max}|{i.Message}\n");
        foreach (var gp in a.Gaps) sb.Append(CultureInfo.InvariantCulture, $"G {gp.Id}|{D(gp.Amount)}|{gp.Unit}|{gp.Message}\n");
        foreach (var m in a.ManualReview) sb.Append(CultureInfo.InvariantCulture, $"M {m}\n");
        return sb.ToString();
    }
}
