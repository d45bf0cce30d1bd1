using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>PerformanceAnxiety</c> for a partner: the partner worries about sexual performance.</summary>
[Name("Detect.Barrier.PerformanceAnxiety")]
[Description("The partner worries about sexual performance.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class PerformanceAnxietyRule : BarrierRule
{
    private static readonly InputSet Answers = new("personal.performanceAnxiety");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.PerformanceAnxiety;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Personal?.PerformanceAnxiety == true;
}
