using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Communication trouble can also be eased by guided learning.</summary>
[Name("Recommend.Resources")]
[Description("Communication trouble can also be eased by guided learning.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Maintenance)]
[Priority(RulePriorities.Recommendation)]
public sealed class ResourcesRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        WarningSigns.CommunicationBreakdown.Id,
        Barriers.CommunicationBarriers.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.RelationshipWorkshop, 35, "Practising skills with guidance alongside other couples."),
        new(Interventions.RelationshipReading, 25, "Reading a good book on relationships, and talking over what stands out."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
