using BenchmarkDotNet.Attributes;
using Seedbed.Core.Assessment;
using Seedbed.Rules.Assessment;

namespace Seedbed.Bench;

/// <summary>The hnte-2016 rules alone (<c>HnteRules.Evaluate</c>, full result) over 4,096 generated in-memory dossiers.
/// One operation = one assessment (OperationsPerInvoke).</summary>
[MemoryDiagnoser]
public class RulesBenchmarks
{
    private const int N = 4096;
    private EnterpriseFacts[] _facts = [];
    private RuleSet _hnte = null!, _techSme = null!;

    [GlobalSetup]
    public void Setup()
    {
        var g = new FactsGenerator();
        _facts = [.. Enumerable.Range(0, N).Select(_ => g.Next())];
        _hnte = RuleSetCatalog.Get("hnte-2016", FactsGenerator.Date);
        _techSme = RuleSetCatalog.Get("tech-sme-2017", FactsGenerator.Date);
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int Hnte2016()
    {
        var n = 0;
        foreach (var f in _facts) n += HnteRules.Evaluate(f, FactsGenerator.Date, _hnte).Conditions.Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int TechSme2017()
    {
        var n = 0;
        foreach (var f in _facts) n += TechSmeRules.Evaluate(f, FactsGenerator.Date, _techSme).Conditions.Count;
        return n;
    }
}
