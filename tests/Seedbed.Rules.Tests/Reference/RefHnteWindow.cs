using Seedbed.Rules.Assessment;

namespace Seedbed.Rules.Tests.Reference;

/// <summary>
/// What every hnte-2016 rule needs about the date: Y, the last year Y−1, and the window Y−3..Y−1 limited to years ≥ the
/// registration year (a partial first year counts as a fiscal year), plus the eligible IP and the manual-review list.
/// </summary>
internal sealed class RefHnteWindow
{
    public RefHnteWindow(EnterpriseFacts facts, DateOnly date, RuleSet rules)
    {
        Facts = facts; Date = date; Rules = rules;
        var first = Math.Max(date.Year - 3, facts.RegisteredOn?.Year ?? int.MinValue);
        for (var y = first; y <= date.Year - 1; y++) Years.Add(y);
        var excluded = rules.Rules.Any(r => r.Id == "core-ip") ? rules.Row("core-ip").Strings("excludedAcquisitions") : ["license"];
        Eligible = facts.Ip.Where(i => i.Status == "granted" && !excluded.Contains(i.Acquisition)
                && (i.GrantedOn is null || i.GrantedOn <= date)
                && Registry.IpKinds.ClassOf(i.Kind) switch
                {
                    Registry.IpClass.One => true,
                    Registry.IpClass.Two => i.UsedInHnteYear is null,
                    _ => false,
                })
            .ToList();
    }

    public EnterpriseFacts Facts { get; }
    public DateOnly Date { get; }
    public RuleSet Rules { get; }
    public int LastYear => Date.Year - 1;
    public List<int> Years { get; } = [];
    public List<IpFacts> Eligible { get; }
    public List<string> ManualReview { get; } = [];

    /// <summary>The value of a field for every window year, or the years where it is missing.</summary>
    public (List<decimal> Values, List<int> Missing) Series(Func<YearFacts, decimal?> field)
    {
        var values = new List<decimal>();
        var missing = new List<int>();
        foreach (var y in Years)
        {
            var v = Facts.Year(y) is { } yf ? field(yf) : null;
            if (v is null) missing.Add(y); else values.Add(v.Value);
        }
        return (values, missing);
    }
}
