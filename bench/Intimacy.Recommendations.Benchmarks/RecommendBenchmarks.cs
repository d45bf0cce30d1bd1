using BenchmarkDotNet.Attributes;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Benchmarks;

/// <summary>
/// Recommend over 1,000 distinct profiles (no result caching anywhere). Each invocation evaluates
/// one profile, cycling through the set, so the median is per profile. <c>Outline</c> is the same evaluation
/// as the simulation makes it: the plan's outline (see <see cref="IRecommendationEngine.Outline"/>) instead of the plan.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RecommendBenchmarks : ProfileCycle
{
    private readonly PlanOutline _outline = new();

    [GlobalSetup]
    public void Setup() => Load(1_000);

    [Benchmark]
    public RecommendationPlan Recommend() => Engine.Recommend(Next());

    [Benchmark]
    public int Outline()
    {
        Engine.Outline(Next(), _outline);
        return _outline.Items.Count;
    }
}
