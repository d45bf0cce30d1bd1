using Intimacy.Core.Plans;

namespace Intimacy.Recommendations.Facts;

/// <summary>
/// A fact for rules: an intervention a rule proposes, with its priority, audience and reason.
/// Candidates for the same intervention and audience are merged (highest priority, every reason);
/// the safety veto then decides what stays.
/// </summary>
/// <param name="InterventionId">The catalog id of the intervention.</param>
/// <param name="Priority">From 0 to 100; higher comes first within its lane.</param>
/// <param name="Audience">Who is asked to act on it.</param>
/// <param name="Reason">Why it is proposed.</param>
/// <param name="Indicator">How urgent the proposal is; merged candidates keep the highest.</param>
public sealed record Candidate(string InterventionId, int Priority, ItemAudience Audience, Reason Reason, Indicator Indicator = Indicator.Info)
{
    /// <summary>
    /// A hash from the intervention, priority, audience and the reason's rule, consistent with the
    /// record's value equality but without hashing the reason's text and lists on every insert.
    /// </summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(InterventionId, Priority, Audience, Reason?.RuleName);
}
