using Intimacy.Core.Barriers;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>LackOfAppreciation</c> for a partner: the partner seldom feels appreciated.</summary>
[Name("Detect.Barrier.LackOfAppreciation")]
[Description("The partner seldom feels appreciated.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class LackOfAppreciationRule : BarrierRule
{
    private static readonly InputSet Answers = new("view.feelsAppreciated");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.LackOfAppreciation;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.View?.FeelsAppreciated <= Frequency.Rarely;
}
