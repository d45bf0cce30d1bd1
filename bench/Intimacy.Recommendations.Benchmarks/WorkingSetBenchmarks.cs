using BenchmarkDotNet.Attributes;
using Intimacy.Core.Plans;

namespace Intimacy.Recommendations.Benchmarks;

/// <summary>
/// A diagnostic, not a target: <c>Recommend</c> cycling through the first <see cref="Distinct"/> of the same 1,000
/// profiles that <see cref="RecommendBenchmarks"/> uses. With one or ten profiles, the profile's answers and the
/// objects the rules and the planner reach stay in the processor's caches and its branch predictors learn the path;
/// with 1,000 they do not. The gap is what an evaluation pays for its working set rather than its instructions (see
/// docs/performance.md). The target is <see cref="RecommendBenchmarks.Recommend"/>, over 1,000 profiles.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WorkingSetBenchmarks : ProfileCycle
{
    /// <summary>How many distinct profiles the benchmark cycles through.</summary>
    [Params(1, 10, 1_000)]
    public int Distinct { get; set; }

    [GlobalSetup]
    public void Setup() => Load(Distinct);

    [Benchmark]
    public RecommendationPlan Recommend() => Engine.Recommend(Next());
}
