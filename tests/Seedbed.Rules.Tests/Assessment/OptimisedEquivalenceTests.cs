using System.Globalization;
using System.Text;
using Seedbed.Bench;
using Seedbed.Rules.Assessment;
using Seedbed.Rules.Tests.Reference;

namespace Seedbed.Rules.Tests.Assessment;

/// <summary>The optimised hnte-2016 evaluator gives exactly the results of the straightforward reference implementation
/// (every field, including the type and decimal scale of actual/required and every message) on many generated dossiers.</summary>
public class OptimisedEquivalenceTests
{
    [Theory]
    [InlineData(2020, 6, 30, 1)]
    [InlineData(2019, 1, 1, 2)]
    [InlineData(2021, 12, 31, 3)]
    [InlineData(2018, 3, 15, 4)]
    public void Hnte2016_OptimisedEqualsReference_OnGeneratedDossiers(int y, int m, int d, int seed)
    {
        var date = new DateOnly(y, m, d);
        var g = new FactsGenerator(seed);
        for (var i = 0; i < 5000; i++)
        {
            var f = g.Next();
            var expected = Dump(RefHnteRules.Evaluate(f, date, Given.Hnte));
            var actual = Dump(HnteRules.Evaluate(f, date, Given.Hnte));
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Hnte2016_OptimisedEqualsReference_OnTheGoodEnterpriseAndItsEdges()
    {
        var good = Given.GoodHnte();
        EnterpriseFacts[] cases =
        [
            good, good with { SelfAssessment = null }, good with { Years = [] }, good with { Ip = [] }, good with { RegisteredOn = null },
            good with { HightechField = null }, good with { HightechField = "none" }, good with { HightechField = "999" },
            good.WithLastYear(y => y with { Employees = 0 }), good.WithLastYear(y => y with { TotalIncome = 0 }),
            good.WithYears(Given.Year(2017, 0m, 0m), Given.Year(2018, 0m, 0m), Given.Year(2019, 0m, 0m)),
            good with { Incidents = [new IncidentFacts(new DateOnly(2020, 1, 1), "major-safety"), new IncidentFacts(new DateOnly(2019, 7, 1), "major-quality")] },
        ];
        foreach (var f in cases)
            Assert.Equal(Dump(RefHnteRules.Evaluate(f, Given.Date, Given.Hnte)), Dump(HnteRules.Evaluate(f, Given.Date, Given.Hnte)));
    }

    private static string Dump(EnterpriseAssessment a)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{a.Uscc}|{a.Verdict}|{a.Route}\n");
        foreach (var c in a.Conditions)
            sb.Append(CultureInfo.InvariantCulture, $"C {c.Id}|{c.Status}|{V(c.Actual)}|{V(c.Required)}|{c.Citation}|{c.Message}\n");
        if (a.Score is { } s)
        {
            sb.Append(CultureInfo.InvariantCulture, $"S {s.Min}|{s.Max}|{s.Pass}\n");
            foreach (var i in s.Items) sb.Append(CultureInfo.InvariantCulture, $"I {i.Id}|{i.Band}|{i.Min}|{i.Max}|{i.Citation}|{i.Message}\n");
        }
        foreach (var gp in a.Gaps) sb.Append(CultureInfo.InvariantCulture, $"G {gp.Id}|{V(gp.Amount)}|{gp.Unit}|{gp.Message}\n");
        foreach (var m in a.ManualReview) sb.Append(CultureInfo.InvariantCulture, $"M {m}\n");
        return sb.ToString();
    }

    private static string V(object? v) => v switch
    {
        null => "null",
        decimal d => "decimal:" + d.ToString(CultureInfo.InvariantCulture),
        int i => "int:" + i.ToString(CultureInfo.InvariantCulture),
        string s => "string:" + s,
        _ => v.GetType().Name + ":" + Convert.ToString(v, CultureInfo.InvariantCulture),
    };
}
