using Intimacy.Core.Catalog;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Validation;
using Intimacy.Recommendations.Options;

namespace Intimacy.Recommendations.Engine;

/// <summary>
/// Turns a couple's profile into a prioritized, explained, staged and safety-checked plan. Compiled
/// once; thread-safe; every call evaluates the profile afresh (no caching of results).
/// </summary>
public interface IRecommendationEngine
{
    /// <summary>Every compiled rule, built-in and app-supplied, in a stable order.</summary>
    IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The catalog the engine recommends from, including app interventions.</summary>
    IntimacyCatalog Catalog { get; }

    /// <summary>A copy of the options in force.</summary>
    RecommendationOptions Options { get; }

    /// <summary>A hash of the compiled rule set, hex; stamped on every plan.</summary>
    string RuleSetHash { get; }

    /// <summary>A hash of the options in force, hex; stamped on every plan.</summary>
    string OptionsHash { get; }

    /// <summary>Validates a profile and recommends a plan.</summary>
    /// <param name="profile">The couple's profile.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The clinician's view of the plan; call <see cref="RecommendationPlan.ForAudience"/> before showing it to anyone else.</returns>
    /// <exception cref="ProfileValidationException">The profile is not valid; lists every problem.</exception>
    /// <exception cref="OperationCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled; no plan is made. Also when an app rule's action or condition
    /// stops because of it (through <c>IContext.CancellationToken</c>): the rule engine wraps what a rule throws, and
    /// the cancellation is given back unwrapped.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    RecommendationPlan Recommend(CoupleProfile profile, CancellationToken cancellationToken = default);

    /// <summary>Like <see cref="Recommend"/>, and also reports how often each rule fired.</summary>
    /// <param name="profile">The couple's profile.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>The plan and the firing counts.</returns>
    /// <exception cref="ProfileValidationException">The profile is not valid; lists every problem.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled, as for <see cref="Recommend"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    Evaluation Evaluate(CoupleProfile profile, CancellationToken cancellationToken = default);

    /// <summary>
    /// Like <see cref="Evaluate"/>, but fills <paramref name="outline"/> with what the plan holds for counting instead of
    /// making the plan: for studies that count plans over many profiles. The outline is what
    /// <see cref="PlanOutline.Fill"/> makes of <see cref="Evaluate"/>'s result, and this default does just that; an
    /// engine may make it without the plan (<see cref="RecommendationEngine"/> does).
    /// </summary>
    /// <param name="profile">The couple's profile.</param>
    /// <param name="outline">Emptied, then filled.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <exception cref="ProfileValidationException">The profile is not valid; lists every problem. The outline is left empty.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled, as for <see cref="Recommend"/>. The outline is left empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="outline"/> is null.</exception>
    void Outline(CoupleProfile profile, PlanOutline outline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(outline);
        outline.Clear();
        outline.Fill(Evaluate(profile, cancellationToken));
    }
}
