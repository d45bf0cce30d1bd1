using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>FearOfRejection</c> for a partner: the partner reports fearing rejection.</summary>
[Name("Detect.Barrier.FearOfRejection")]
[Description("The partner reports fearing rejection.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class FearOfRejectionRule : BarrierRule
{
    private static readonly InputSet Answers = new("personal.fearOfRejection");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.FearOfRejection;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Personal?.FearOfRejection == true;
}
