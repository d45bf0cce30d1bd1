using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>ApprovalBasedSelfWorth</c> for a partner: the partner's self-worth leans on the other's approval.</summary>
[Name("Detect.Barrier.ApprovalBasedSelfWorth")]
[Description("The partner's self-worth leans on the other's approval.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class ApprovalBasedSelfWorthRule : BarrierRule
{
    private static readonly InputSet Answers = new("personal.selfWorthFromApproval");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.ApprovalBasedSelfWorth;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Personal?.SelfWorthFromApproval == true;
}
