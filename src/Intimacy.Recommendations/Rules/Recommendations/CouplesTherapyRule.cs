using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Relationship distress on a questionnaire or persistent warning signs call for couples therapy.</summary>
[Name("Recommend.CouplesTherapy")]
[Description("Relationship distress on a questionnaire or persistent warning signs call for couples therapy.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Professional)]
[Priority(RulePriorities.Recommendation)]
public sealed class CouplesTherapyRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        "instrument.csi4-distress",
        "instrument.csi16-distress",
        "instrument.csi32-distress",
        "instrument.das-distress",
        "instrument.rdas-distress",
        WarningSigns.PersistentEmotionalDistance.Id,
        WarningSigns.UnresolvedConflict.Id,
        WarningSigns.FeelingEmotionallyUnsafe.Id,
        WarningSigns.FourHorsemen.Id,
        WarningSigns.CommunicationBreakdown.Id,
        WarningSigns.WorseningConnection.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.CouplesTherapy, 70, "Lasting distress, conflict or distance is what couples therapy is for."),
        new(Interventions.EmotionallyFocusedTherapy, 68, "EFT helps most distressed couples recover."),
        new(Interventions.OnlineCouplesCounselling, 55, "Counselling by video is an option with comparable results."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
