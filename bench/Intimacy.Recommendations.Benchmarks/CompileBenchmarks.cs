using BenchmarkDotNet.Attributes;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Benchmarks;

/// <summary>Compiling the default rule set: load every built-in rule, compile the network, build the planner.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class CompileBenchmarks
{
    [Benchmark]
    public int CompileDefaultRuleSet() => RecommendationEngine.CreateDefault().Rules.Count;
}
