using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>Engines shared by the scenario and rule tests; an engine is immutable and thread-safe.</summary>
internal static class Engines
{
    /// <summary>The built-in rule set with default options.</summary>
    public static RecommendationEngine Default { get; } = RecommendationEngine.CreateDefault();

    /// <summary>An engine with adjusted options.</summary>
    public static IRecommendationEngine With(Action<RecommendationOptions> configure) =>
        new RecommendationEngineBuilder().Configure(configure).Build();
}
