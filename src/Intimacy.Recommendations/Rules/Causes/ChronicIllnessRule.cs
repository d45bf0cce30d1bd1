using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>ChronicIllness</c> for a partner: the partner lives with a chronic illness or disability.</summary>
[Name("Detect.Barrier.ChronicIllness")]
[Description("The partner lives with a chronic illness or disability.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class ChronicIllnessRule : BarrierRule
{
    private static readonly InputSet Answers = new("health.chronicIllnessOrDisability");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.ChronicIllness;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Health?.ChronicIllnessOrDisability == true;
}
