using Intimacy.Core.Barriers;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>LimitedPhysicalAffection</c> for a partner: non-sexual touch is scarce.</summary>
[Name("Detect.Barrier.LimitedPhysicalAffection")]
[Description("Non-sexual touch is scarce.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class LimitedPhysicalAffectionRule : BarrierRule
{
    private static readonly InputSet Answers = new("view.affection");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.LimitedPhysicalAffection;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.View?.Affection <= Frequency.Rarely;
}
