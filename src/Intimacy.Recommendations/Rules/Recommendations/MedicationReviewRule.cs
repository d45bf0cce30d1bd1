using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Medicines with sexual side effects are reviewed with the prescriber, never changed alone.</summary>
[Name("Recommend.MedicationReview")]
[Description("Medicines with sexual side effects are reviewed with the prescriber, never changed alone.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Medical)]
[Priority(RulePriorities.Recommendation)]
public sealed class MedicationReviewRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        Barriers.MedicationSideEffects.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.PrescriberReview, 75, "The prescriber can weigh options; never change a medicine on your own."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
