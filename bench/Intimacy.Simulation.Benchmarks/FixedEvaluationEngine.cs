using Intimacy.Core.Catalog;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;

namespace Intimacy.Simulation.Benchmarks;

/// <summary>
/// An engine that answers every profile with one precomputed evaluation, so a benchmark of the runner
/// measures the pipeline around the engine (generation, aggregation, chunking, merging) and not the rules.
/// The runner asks for outlines, which the interface's default fills from that evaluation (one
/// <see cref="PlanOutline.Fill"/> a profile, about what the real engine's outline writing costs). Everything
/// else is the real engine's.
/// </summary>
public sealed class FixedEvaluationEngine(IRecommendationEngine real, Evaluation evaluation) : IRecommendationEngine
{
    public IReadOnlyList<RuleInfo> Rules => real.Rules;

    public IntimacyCatalog Catalog => real.Catalog;

    public RecommendationOptions Options => real.Options;

    public string RuleSetHash => real.RuleSetHash;

    public string OptionsHash => real.OptionsHash;

    public RecommendationPlan Recommend(CoupleProfile profile, CancellationToken cancellationToken = default) => evaluation.Plan;

    public Evaluation Evaluate(CoupleProfile profile, CancellationToken cancellationToken = default) => evaluation;
}
