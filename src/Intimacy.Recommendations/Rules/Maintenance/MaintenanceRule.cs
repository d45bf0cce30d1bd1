using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

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
    private readonly FixedProposals _proposals = new(
        (Interventions.WeeklyCheckIn.Id, 30, "A weekly review keeps small concerns small once the main work is under way."),
        (Interventions.IndividualIdentities.Id, 20, "Partners who keep their own friends and interests bring more to the relationship."));

    /// <inheritdoc />
    public override void Define()
    {
        CoupleProfile profile = null!;

        When()
            .Match(() => profile)
            .Exists<Finding>(f => f.Disclosure.PartnerA && f.Disclosure.PartnerB && (f.Kind == FindingKind.WarningSign || f.Kind == FindingKind.Barrier));
        Then()
            .Do(ctx => _proposals.Insert(ctx));
    }
}
