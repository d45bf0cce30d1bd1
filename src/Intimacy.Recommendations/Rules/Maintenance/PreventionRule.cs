using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

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
    private readonly FixedProposals _proposals = new(
        (Interventions.WeeklyCheckIn.Id, 25, "No shared answer so far points to something to work on; a regular check-in helps raise concerns while they are small."),
        (Interventions.RelationshipReading.Id, 15, "Reading about relationships, and talking over what stands out, is a light way to keep growing."),
        (Interventions.RelationshipWorkshop.Id, 10, "Workshops teach skills that help at any stage, prevention included."));

    /// <inheritdoc />
    public override void Define()
    {
        CoupleProfile profile = null!;

        When()
            .Match(() => profile)
            .Not<Finding>(f => f.Disclosure.PartnerA && f.Disclosure.PartnerB && f.Kind != FindingKind.Safety);
        Then()
            .Do(ctx => _proposals.Insert(ctx));
    }
}
