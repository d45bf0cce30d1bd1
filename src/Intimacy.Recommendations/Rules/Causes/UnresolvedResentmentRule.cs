using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>UnresolvedResentment</c> for a partner: the partner carries resentment from past conflicts.</summary>
[Name("Detect.Barrier.UnresolvedResentment")]
[Description("The partner carries resentment from past conflicts.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class UnresolvedResentmentRule : BarrierRule
{
    private static readonly InputSet Answers = new("personal.lingeringResentment");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.UnresolvedResentment;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Personal?.LingeringResentment == true;
}
