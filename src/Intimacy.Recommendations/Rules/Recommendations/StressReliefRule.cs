using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Stress and exhaustion call for each partner's own self-care.</summary>
[Name("Recommend.StressRelief")]
[Description("Stress and exhaustion call for each partner's own self-care.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Wellbeing)]
[Priority(RulePriorities.Recommendation)]
public sealed class StressReliefRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        Barriers.Stress.Id,
        Barriers.Exhaustion.Id,
        Barriers.LongWorkHours.Id,
        Barriers.Caregiving.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.StressManagement, 55, "Lowering one's own stress leaves energy for the relationship."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
