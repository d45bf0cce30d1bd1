using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>HormonalChange</c> for a partner: the partner is going through a hormonal change.</summary>
[Name("Detect.Barrier.HormonalChange")]
[Description("The partner is going through a hormonal change.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class HormonalChangeRule : BarrierRule
{
    private static readonly InputSet Answers = new("health.hormonalChange");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.HormonalChange;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Health?.HormonalChange == true;
}
