using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>EmotionRegulationDifficulty</c> for a partner: the partner finds strong feelings hard to calm.</summary>
[Name("Detect.Barrier.EmotionRegulationDifficulty")]
[Description("The partner finds strong feelings hard to calm.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class EmotionRegulationDifficultyRule : BarrierRule
{
    private static readonly InputSet Answers = new("personal.difficultyRegulatingEmotions");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.EmotionRegulationDifficulty;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Personal?.DifficultyRegulatingEmotions == true;
}
