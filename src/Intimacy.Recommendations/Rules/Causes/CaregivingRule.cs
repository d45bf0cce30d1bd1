using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>Caregiving</c> for a partner: the partner cares for children or a relative.</summary>
[Name("Detect.Barrier.Caregiving")]
[Description("The partner cares for children or a relative.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class CaregivingRule : BarrierRule
{
    private static readonly InputSet Answers = new("life.caresForChildren", "life.newParent", "life.caresForRelative");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.Caregiving;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Life is { } l && (l.CaresForChildren == true || l.NewParent == true || l.CaresForRelative == true);
}
