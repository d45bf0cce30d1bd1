using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Planning;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Rules.Maintenance;

/// <summary>
/// When the shared answers show nothing to work on, suggests light preventive habits and resources.
/// Private findings are not consulted, so this never hints at them. Unanswered questions are not evidence
/// that all is well, so its reasons never say so.
/// </summary>
[Name("Recommend.Prevention")]
[Description("When no shared finding calls for work, suggests prevention: a weekly check-in, reading together and a relationship workshop.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Maintenance)]
[Priority(RulePriorities.Recommendation - 1)]
public sealed class PreventionRule : Rule
{
    private Candidate[]? _candidates;

    /// <inheritdoc />
    public override void Define()
    {
        CoupleProfile profile = null!;

        When()
            .Match(() => profile)
            .Not<Finding>(f => f.Disclosure.PartnerA && f.Disclosure.PartnerB && f.Kind != FindingKind.Safety);
        Then()
            .Do(ctx => Propose(ctx));
    }

    private void Propose(IContext context)
    {
        // The same proposals every time, resting on no answer: made once, with the rule's name, and inserted again in
        // each evaluation (a lost race only makes them twice), their reasons marked as reused (see FoldedReasons).
        foreach (var candidate in _candidates ??= Make(context.Rule.Name))
        {
            context.Insert(candidate);
        }
    }

    private static Candidate[] Make(string ruleName)
    {
        Candidate[] candidates =
        [
            new(Interventions.WeeklyCheckIn.Id, 25, ItemAudience.Couple, new Reason
            {
                RuleName = ruleName,
                Text = "No shared answer so far points to something to work on; a regular check-in helps raise concerns while they are small.",
            }),
            new(Interventions.RelationshipReading.Id, 15, ItemAudience.Couple, new Reason
            {
                RuleName = ruleName,
                Text = "Reading about relationships, and talking over what stands out, is a light way to keep growing.",
            }),
            new(Interventions.RelationshipWorkshop.Id, 10, ItemAudience.Couple, new Reason
            {
                RuleName = ruleName,
                Text = "Workshops teach skills that help at any stage, prevention included.",
            }),
        ];
        foreach (var candidate in candidates)
        {
            FoldedReasons.Keep(candidate.Reason);
        }

        return candidates;
    }
}
