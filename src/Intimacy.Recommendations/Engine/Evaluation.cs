using Intimacy.Core.Plans;

namespace Intimacy.Recommendations.Engine;

/// <summary>A plan together with how often each rule fired to produce it (for research and auditing).</summary>
/// <param name="Plan">The plan (the clinician's view).</param>
/// <param name="FiringCounts">How often each rule fired, indexed like <see cref="IRecommendationEngine.Rules"/>.</param>
public sealed record Evaluation(RecommendationPlan Plan, IReadOnlyList<int> FiringCounts);
