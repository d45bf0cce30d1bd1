using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>SexualDysfunction</c> for a partner: the partner reports difficulty getting or keeping an erection.</summary>
[Name("Detect.Barrier.SexualDysfunction")]
[Description("The partner reports difficulty getting or keeping an erection.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class SexualDysfunctionRule : BarrierRule
{
    private static readonly InputSet Answers = new("health.erectileDifficulty");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.SexualDysfunction;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Health?.ErectileDifficulty == true;
}
