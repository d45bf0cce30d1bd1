using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>MedicationSideEffects</c> for a partner: the partner takes a medicine known for sexual side effects.</summary>
[Name("Detect.Barrier.MedicationSideEffects")]
[Description("The partner takes a medicine known for sexual side effects.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class MedicationSideEffectsRule : BarrierRule
{
    private static readonly InputSet Answers = new("health.sexualSideEffectMedication");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.MedicationSideEffects;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Health?.SexualSideEffectMedication == true;
}
