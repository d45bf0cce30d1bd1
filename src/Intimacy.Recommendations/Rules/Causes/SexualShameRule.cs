using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>SexualShame</c> for a partner: the partner feels shame or guilt about sexuality.</summary>
[Name("Detect.Barrier.SexualShame")]
[Description("The partner feels shame or guilt about sexuality.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class SexualShameRule : BarrierRule
{
    private static readonly InputSet Answers = new("personal.sexualShameOrGuilt");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.SexualShame;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Personal?.SexualShameOrGuilt == true;
}
