using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>
/// Records the barrier <c>SexualDysfunction</c> for a partner: the partner reports difficulty getting or
/// keeping an erection, or difficulty with arousal, lubrication or orgasm that bothers them. Either answer
/// is enough; an unknown answer is never read as one.
/// </summary>
[Name("Detect.Barrier.SexualDysfunction")]
[Description("The partner reports difficulty with erection, arousal, lubrication or orgasm.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class SexualDysfunctionRule : BarrierRule
{
    private static readonly InputSet Answers = new("health.erectileDifficulty", "health.sexualFunctionDifficulty");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.SexualDysfunction;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Health is { } h && (h.ErectileDifficulty == true || h.SexualFunctionDifficulty == true);
}
