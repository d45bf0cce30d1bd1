using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>LeaningOut</c> for a partner: the partner is thinking of ending the relationship (a private answer).</summary>
[Name("Detect.Barrier.LeaningOut")]
[Description("The partner is thinking of ending the relationship (a private answer).")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class LeaningOutRule : BarrierRule
{
    private static readonly InputSet Answers = new("commitment.leaningOut");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.LeaningOut;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Commitment?.LeaningOut == true;
}
