using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Personal barriers, trauma and mental-health screens call for individual therapy.</summary>
[Name("Recommend.IndividualSupport")]
[Description("Personal barriers, trauma and mental-health screens call for individual therapy.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Professional)]
[Priority(RulePriorities.Recommendation)]
public sealed class IndividualSupportRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        Barriers.FearOfRejection.Id,
        Barriers.UnresolvedTrauma.Id,
        Barriers.EmotionRegulationDifficulty.Id,
        Barriers.PerfectionismAndControl.Id,
        Barriers.ApprovalBasedSelfWorth.Id,
        Barriers.BodyImage.Id,
        "instrument.phq2-positive",
        "instrument.phq9-moderate",
        "instrument.gad2-positive",
        "instrument.gad7-moderate",
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.IndividualTherapy, 65, "Personal barriers and low mood or anxiety respond to individual therapy, which can run alongside couple work."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
