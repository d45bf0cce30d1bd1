using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>UnresolvedTrauma</c> for a partner: the partner carries trauma or old wounds (a private answer).</summary>
[Name("Detect.Barrier.UnresolvedTrauma")]
[Description("The partner carries trauma or old wounds (a private answer).")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class UnresolvedTraumaRule : BarrierRule
{
    private static readonly InputSet Answers = new("trauma.hasTraumaHistory");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.UnresolvedTrauma;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Trauma?.HasTraumaHistory == true;
}
