using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>
/// Routine, boredom and few shared activities call for new and shared experiences. Nothing sexual:
/// routine alone is no sexual concern, and sexual novelty comes only from a sexual finding.
/// </summary>
[Name("Recommend.Novelty")]
[Description("Routine, boredom and few shared activities call for new and shared experiences.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.SharedExperiences)]
[Priority(RulePriorities.Recommendation)]
public sealed class NoveltyRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        WarningSigns.FewerSharedActivities.Id,
        Barriers.RoutineAndBoredom.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.NovelActivities, 55, "Shared novelty revives interest in each other."),
        new(Interventions.SharedHobby, 50, "A regular shared pastime."),
        new(Interventions.TravelTogether, 35, "Time away from the daily round."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
