using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Physical causes call for a doctor's check; medicines are reviewed with the prescriber.</summary>
[Name("Recommend.MedicalCheck")]
[Description("Physical causes call for a doctor's check; medicines are reviewed with the prescriber.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Medical)]
[Priority(RulePriorities.Recommendation)]
public sealed class MedicalCheckRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        Barriers.SexualDysfunction.Id,
        Barriers.SexualPain.Id,
        Barriers.HormonalChange.Id,
        Barriers.ChronicIllness.Id,
        "instrument.iief5-low",
        "instrument.fsfi-low",
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.PhysicianVisit, 75, "A doctor should check for a physical cause before or alongside sex therapy."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
