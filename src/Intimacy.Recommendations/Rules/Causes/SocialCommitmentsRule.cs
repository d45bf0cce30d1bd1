using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>SocialCommitments</c> for a partner: social and family obligations leave little couple time.</summary>
[Name("Detect.Barrier.SocialCommitments")]
[Description("Social and family obligations leave little couple time.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class SocialCommitmentsRule : BarrierRule
{
    private static readonly InputSet Answers = new("life.heavySocialCommitments");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.SocialCommitments;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Life?.HeavySocialCommitments == true;
}
