using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Properties;

namespace Intimacy.Recommendations.Tests.Coverage;

/// <summary>
/// Fixture profiles for the coverage tests, generated once from a fixed seed (so every run sees the same
/// ones) and evaluated by the default engine, with firing counts.
/// </summary>
internal sealed class CoverageFixtures
{
    public const ulong Seed = 20_251_122;
    public const int Count = 1500;

    private static readonly Lazy<CoverageFixtures> Shared = new(() => new CoverageFixtures());

    private CoverageFixtures()
    {
        Engine = RecommendationEngine.CreateDefault();
        Profiles = PropertySample.GenerateProfiles(Seed, Count);
        Evaluations = new Evaluation[Profiles.Length];
        Parallel.For(0, Profiles.Length, i => Evaluations[i] = Engine.Evaluate(Profiles[i]));
    }

    public static CoverageFixtures Instance => Shared.Value;

    public RecommendationEngine Engine { get; }

    public CoupleProfile[] Profiles { get; }

    public Evaluation[] Evaluations { get; }
}
