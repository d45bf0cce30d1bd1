using BenchmarkDotNet.Attributes;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Benchmarks;

/// <summary>
/// Recommend over 1,000 distinct profiles (no result caching anywhere). Each invocation evaluates
/// one profile, cycling through the set, so the median is per profile. <c>Outline</c> is the same evaluation
/// as the simulation makes it: the plan's outline (see <see cref="IRecommendationEngine.Outline"/>) instead of the plan.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RecommendBenchmarks
{
    private RecommendationEngine _engine = null!;
    private CoupleProfile[] _profiles = null!;
    private readonly PlanOutline _outline = new();
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _engine = RecommendationEngine.CreateDefault();
        _profiles = BenchmarkProfiles.Create(1_000);
    }

    [Benchmark]
    public RecommendationPlan Recommend()
    {
        var profile = _profiles[_next];
        _next = (_next + 1) % _profiles.Length;
        return _engine.Recommend(profile);
    }

    [Benchmark]
    public int Outline()
    {
        var profile = _profiles[_next];
        _next = (_next + 1) % _profiles.Length;
        _engine.Outline(profile, _outline);
        return _outline.Items.Count;
    }
}
