using Intimacy.Core.Barriers;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>RoutineAndBoredom</c> for a partner: the relationship feels stuck in routine, with little that is new.</summary>
[Name("Detect.Barrier.RoutineAndBoredom")]
[Description("The relationship feels stuck in routine, with little that is new.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class RoutineAndBoredomRule : BarrierRule
{
    private static readonly InputSet Answers = new("life.stuckInRoutine", "view.novelty");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.RoutineAndBoredom;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.Life?.StuckInRoutine == true || r.Response.View?.Novelty <= Frequency.Rarely;
}
