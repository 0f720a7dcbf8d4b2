using System.Security.Cryptography;
using Seedbed.Rules.Assessment;

namespace Seedbed.Rules.Tests.Assessment;

/// <summary>The rule data itself: every row cites its source, every kind is implemented, active versions are frozen.</summary>
public class RuleDataTests
{
    private static string RulesDir => Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>Every versioned data file (assessment rule sets and pool rules).</summary>
    public static TheoryData<string> AllFiles()
    {
        var data = new TheoryData<string>();
        // rule sets only: the Sunrise scorecards have their own shape and tests (Sunrise/SunriseDataTests.cs)
        foreach (var f in Directory.GetFiles(RulesDir, "*.json").Where(f => !Path.GetFileName(f).StartsWith("sunrise-", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    /// <summary>The assessment rule sets (the pool rules, pools-*.json, and the Sunrise files, sunrise-*.json, have their own evaluators and tests).</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(RulesDir, "*.json").Order(StringComparer.Ordinal).Select(Path.GetFileName))
            if (!f!.StartsWith("pools-", StringComparison.Ordinal) && !f.StartsWith("sunrise-", StringComparison.Ordinal)) data.Add(f);
        return data;
    }

    [Theory, MemberData(nameof(AllFiles))]
    public void EveryRow_HasCitationSourceAndQuotedClause(string file)
    {
        var rs = Given.RuleSet(file);
        Assert.NotEmpty(rs.Rules);
        Assert.Equal($"{rs.Id}.v{rs.Version}.json", file);
        foreach (var row in rs.Rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(row.Citation), $"{row.Id}: no citation");
            Assert.False(string.IsNullOrWhiteSpace(row.Clause), $"{row.Id}: no clause");
            Assert.Contains(rs.Sources, s => s.Document == row.Source);
        }
        Assert.Equal(rs.Rules.Count, rs.Rules.Select(r => r.Id).Distinct().Count());
    }

    [Theory, MemberData(nameof(Files))]
    public void EveryKind_IsImplemented(string file)
    {
        var rs = Given.RuleSet(file);
        var kinds = RuleEngine.KindsOf(rs.Id);
        Assert.All(rs.Rules, r => Assert.Contains(r.Kind, kinds));
        // and the evaluator runs over the data without throwing, for a good and an empty enterprise
        RuleEngine.Evaluate(Given.GoodHnte(), rs.EffectiveFrom.AddYears(4), rs);
        RuleEngine.Evaluate(new EnterpriseFacts { Uscc = "91330100716105852F" }, rs.EffectiveFrom.AddYears(4), rs);
    }

    [Theory, MemberData(nameof(AllFiles))]
    public void ActiveVersions_AreNeverEditedInPlace(string file)
    {
        // rules/rulesets.lock holds the SHA-256 of every released version; a change needs a new version file.
        var locked = File.ReadAllLines(Path.Combine(RulesDir, "rulesets.lock"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split("  ")).ToDictionary(p => p[1], p => p[0]);
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RulesDir, file))));
        Assert.True(locked.TryGetValue(file, out var expected), $"{file} is not in rules/rulesets.lock");
        Assert.True(expected == hash, $"{file} was edited in place: release a new version (new file, new effective dates) instead");
    }
}
