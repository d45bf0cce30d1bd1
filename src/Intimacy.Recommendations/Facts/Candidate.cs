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
    /// A cheap hash from the intervention id's length and a few of its characters, the priority, the
    /// audience and the reason's rule name length: consistent with the record's value equality (equal
    /// candidates hash alike) without hashing the reason's text and lists on every insert.
    /// </summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Sample(InterventionId), Priority, Audience, Reason?.RuleName?.Length ?? 0);

    private static int Sample(string? text) => text is not { Length: > 0 }
        ? 0
        : (text.Length * 31) ^ (text[^1] << 16) ^ (text[text.Length / 2] << 8) ^ text[(text.Length * 3) / 4];
}
