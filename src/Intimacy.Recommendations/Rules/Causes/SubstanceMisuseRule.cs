using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>SubstanceMisuse</c> for a partner: the partner reports misusing alcohol or drugs.</summary>
[Name("Detect.Barrier.SubstanceMisuse")]
[Description("The partner reports misusing alcohol or drugs.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class SubstanceMisuseRule : BarrierRule
{
    private static readonly InputSet Answers = new("health.substanceMisuse");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.SubstanceMisuse;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Health?.SubstanceMisuse == true;
}
