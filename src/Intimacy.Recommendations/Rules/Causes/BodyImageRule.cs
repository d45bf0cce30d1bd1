using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>BodyImage</c> for a partner: the partner feels uneasy about their body.</summary>
[Name("Detect.Barrier.BodyImage")]
[Description("The partner feels uneasy about their body.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class BodyImageRule : BarrierRule
{
    private static readonly InputSet Answers = new("personal.bodyImageConcerns");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.BodyImage;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Personal?.BodyImageConcerns == true;
}
