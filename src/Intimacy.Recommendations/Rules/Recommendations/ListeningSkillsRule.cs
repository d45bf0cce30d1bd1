using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Feeling misunderstood, broken-down talk or unsettled rows call for structured listening.</summary>
[Name("Recommend.ListeningSkills")]
[Description("Feeling misunderstood, broken-down talk or unsettled rows call for structured listening.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Emotional)]
[Priority(RulePriorities.Recommendation)]
public sealed class ListeningSkillsRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        WarningSigns.FeelingMisunderstood.Id,
        WarningSigns.CommunicationBreakdown.Id,
        WarningSigns.UnresolvedConflict.Id,
        Barriers.CommunicationBarriers.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.ActiveListening, 65, "Taking turns to listen and reflect back slows arguments down and helps each feel heard."),
        new(Interventions.EmpathicResponse, 55, "Answering hard feelings with patience instead of fixes or defence."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
