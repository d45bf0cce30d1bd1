using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Distance, withholding or avoided talks call for small daily habits of sharing and listening.</summary>
[Name("Recommend.EmotionalReconnection")]
[Description("Distance, withholding or avoided talks call for small daily habits of sharing and listening.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Emotional)]
[Priority(RulePriorities.Recommendation)]
public sealed class EmotionalReconnectionRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        WarningSigns.PersistentEmotionalDistance.Id,
        WarningSigns.EmotionalWithholding.Id,
        WarningSigns.AvoidingMeaningfulConversations.Id,
        WarningSigns.DifficultyExpressingFeelings.Id,
        WarningSigns.ParallelLives.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.DailyCheckIn, 60, "A short daily check-in rebuilds the habit of sharing how each day felt."),
        new(Interventions.MeaningfulConversations, 55, "Open questions bring back conversations beyond logistics."),
        new(Interventions.PractisingVulnerability, 50, "Sharing a little more than usual, in small steps, lets trust grow."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
