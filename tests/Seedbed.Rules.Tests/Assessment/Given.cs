using Seedbed.Rules.Assessment;

namespace Seedbed.Rules.Tests.Assessment;

/// <summary>Builders for rule tests: a date, the shipped rule sets, and an enterprise that meets every HNTE condition.</summary>
internal static class Given
{
    public static readonly DateOnly Date = new(2020, 6, 30);

    public static RuleSet RuleSet(string file) =>
        Seedbed.Rules.Assessment.RuleSet.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rules", file)));

    public static readonly RuleSet Hnte = RuleSet("hnte-2016.v1.json");

    public static YearFacts Year(int year, decimal sales = 30_000_000m, decimal? rd = null) => new()
    {
        Year = year, SalesRevenue = sales, TotalIncome = sales, HightechIncome = sales * 0.8m,
        RdExpense = rd ?? sales * 0.06m, RdExpenseDomestic = rd ?? sales * 0.06m, TotalCostAndExpense = sales * 0.9m,
        NetAssets = sales * 0.5m, TotalAssets = sales, Employees = 100, TechStaff = 30, IncomeTax = 100_000m, Conversions = 5,
    };

    /// <summary>Meets every hnte-2016 condition on <see cref="Date"/>, with a self-assessment giving a sure pass.</summary>
    public static EnterpriseFacts GoodHnte() => new()
    {
        Uscc = "91330100716105852F", Name = "好企业", RegisteredOn = new DateOnly(2010, 1, 1), HightechField = "101",
        Years = [Year(2017, 20_000_000m), Year(2018, 27_000_000m), Year(2019, 36_450_000m)],
        Ip = [new IpFacts("invention-patent", "granted", new DateOnly(2018, 5, 1), "own")],
        SelfAssessment = new SelfAssessmentFacts("A", "A", 6, 6, 4, 4),
    };

    public static EnterpriseAssessment Hnte2016(EnterpriseFacts f, DateOnly? date = null) => HnteRules.Evaluate(f, date ?? Date, Hnte);

    public static ConditionResult Condition(this EnterpriseAssessment a, string id) => a.Conditions.Single(c => c.Id == id);
    public static ScoreItemResult Item(this EnterpriseAssessment a, string id) => a.Score!.Items.Single(i => i.Id == id);

    public static EnterpriseFacts WithYears(this EnterpriseFacts f, params YearFacts[] years) => f with { Years = years };
    public static EnterpriseFacts WithLastYear(this EnterpriseFacts f, Func<YearFacts, YearFacts> change) =>
        f with { Years = [.. f.Years.Take(f.Years.Count - 1), change(f.Years[^1])] };
}
