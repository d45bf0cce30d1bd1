using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Benchmarks;

/// <summary>
/// The default engine and the first <c>count</c> of the benchmark's seeded profiles, handed out in turn: one profile per
/// invocation, so a benchmark's median is per profile.
/// </summary>
public abstract class ProfileCycle
{
    private CoupleProfile[] _profiles = null!;
    private int _next;

    /// <summary>The engine under measurement.</summary>
    protected RecommendationEngine Engine { get; private set; } = null!;

    /// <summary>Builds the engine and takes the first <paramref name="count"/> of the 1,000 benchmark profiles.</summary>
    /// <param name="count">How many distinct profiles to cycle through.</param>
    protected void Load(int count)
    {
        Engine = RecommendationEngine.CreateDefault();
        _profiles = BenchmarkProfiles.Create(1_000)[..count];
    }

    /// <summary>The next profile, in turn.</summary>
    /// <returns>The profile.</returns>
    protected CoupleProfile Next()
    {
        var profile = _profiles[_next];
        _next = (_next + 1) % _profiles.Length;
        return profile;
    }
}
