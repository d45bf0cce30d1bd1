using Intimacy.Core.Barriers;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
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
    private static readonly InputSet Routine = new("life.stuckInRoutine");
    private static readonly InputSet Novelty = new("view.novelty");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.RoutineAndBoredom;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => StuckInRoutine(r) || LittleNovelty(r);

    /// <summary>
    /// Either answer shows the barrier on its own, and the two sit in different sections, which may be seen by
    /// different people: the finding rests on the one that shows it, or, when both do, on the one more people may
    /// see (on both when they are seen alike). Resting it on both always would hide it wherever either is hidden.
    /// </summary>
    internal override (IReadOnlyList<string> Inputs, int Choice) Establishing(Respondent respondent)
    {
        var routine = StuckInRoutine(respondent);
        var novelty = LittleNovelty(respondent);
        if (routine && novelty)
        {
            var byRoutine = Privacy.Of(respondent.Profile, Routine.For(respondent.Partner));
            var byNovelty = Privacy.Of(respondent.Profile, Novelty.For(respondent.Partner));
            routine = byRoutine == byNovelty || byRoutine.IsShared;
            novelty = byRoutine == byNovelty || byNovelty.IsShared;
        }

        return (routine, novelty) switch
        {
            (true, false) => (Routine.For(respondent.Partner), 1),
            (false, true) => (Novelty.For(respondent.Partner), 2),
            _ => (Answers.For(respondent.Partner), 0),
        };
    }

    private static bool StuckInRoutine(Respondent r) => r.Response.Life?.StuckInRoutine == true;

    private static bool LittleNovelty(Respondent r) => r.Response.View?.Novelty <= Frequency.Rarely;
}
