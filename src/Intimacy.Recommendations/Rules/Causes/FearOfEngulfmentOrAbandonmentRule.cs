using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>FearOfEngulfmentOrAbandonment</c> for a partner: the partner fears being swallowed up by closeness, or being left.</summary>
[Name("Detect.Barrier.FearOfEngulfmentOrAbandonment")]
[Description("The partner fears being swallowed up by closeness, or being left.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class FearOfEngulfmentOrAbandonmentRule : BarrierRule
{
    private static readonly InputSet Answers = new("personal.fearOfEngulfmentOrAbandonment");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.FearOfEngulfmentOrAbandonment;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Personal?.FearOfEngulfmentOrAbandonment == true;
}
