using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>TrustViolation</c> for a partner: the partner reports a breach of trust or of the couple's agreement (a private answer).</summary>
[Name("Detect.Barrier.TrustViolation")]
[Description("The partner reports a breach of trust or of the couple's agreement (a private answer).")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class TrustViolationRule : BarrierRule
{
    private static readonly InputSet Answers = new("trust.breachOccurred");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.TrustViolation;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Trust?.BreachOccurred == true;
}
