using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Sexual difficulties call for sex therapy, after any medical check.</summary>
[Name("Recommend.SexTherapy")]
[Description("Sexual difficulties call for sex therapy, after any medical check.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Professional)]
[Priority(RulePriorities.Recommendation)]
public sealed class SexTherapyRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        "instrument.iief5-low",
        "instrument.fsfi-low",
        Barriers.SexualDysfunction.Id,
        Barriers.SexualPain.Id,
        Barriers.UnresolvedTrauma.Id,
        WarningSigns.SexlessRelationship.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.SexTherapy, 60, "A sex therapist works on sexual difficulties, drives and anxieties; a medical check comes first when a physical cause is possible."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
