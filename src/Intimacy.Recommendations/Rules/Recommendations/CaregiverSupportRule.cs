using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Illness, disability or heavy care call for peer support as well.</summary>
[Name("Recommend.CaregiverSupport")]
[Description("Illness, disability or heavy care call for peer support as well.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Wellbeing)]
[Priority(RulePriorities.Recommendation)]
public sealed class CaregiverSupportRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        Barriers.ChronicIllness.Id,
        Barriers.Caregiving.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.SupportGroup, 35, "Meeting others in the same situation eases isolation."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
