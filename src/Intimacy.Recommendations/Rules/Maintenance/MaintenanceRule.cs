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
/// Once work is under way (any shared warning sign or barrier), adds the habits that keep gains:
/// a weekly check-in and each partner's own life. Only shared findings count, so private answers
/// never shape what the couple sees here.
/// </summary>
[Name("Recommend.Maintenance")]
[Description("When shared warning signs or barriers are present, adds maintenance habits: a weekly check-in and keeping individual identities.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Maintenance)]
[Priority(RulePriorities.Recommendation)]
public sealed class MaintenanceRule : Rule
{
    private Candidate[]? _candidates;

    /// <inheritdoc />
    public override void Define()
    {
        CoupleProfile profile = null!;

        When()
            .Match(() => profile)
            .Exists<Finding>(f => f.Disclosure.PartnerA && f.Disclosure.PartnerB && (f.Kind == FindingKind.WarningSign || f.Kind == FindingKind.Barrier));
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
            new(Interventions.WeeklyCheckIn.Id, 30, ItemAudience.Couple, new Reason
            {
                RuleName = ruleName,
                Text = "A weekly review keeps small concerns small once the main work is under way.",
            }),
            new(Interventions.IndividualIdentities.Id, 20, ItemAudience.Couple, new Reason
            {
                RuleName = ruleName,
                Text = "Partners who keep their own friends and interests bring more to the relationship.",
            }),
        ];
        foreach (var candidate in candidates)
        {
            FoldedReasons.Keep(candidate.Reason);
        }

        return candidates;
    }
}
