using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>A breach of trust calls for honest talk about needs and limits (alongside individual counselling while it is unresolved).</summary>
[Name("Recommend.RebuildingTrust")]
[Description("A breach of trust calls for honest talk about needs and limits (alongside individual counselling while it is unresolved).")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Emotional)]
[Priority(RulePriorities.Recommendation)]
public sealed class RebuildingTrustRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        Barriers.TrustViolation.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.NeedsAndBoundariesTalk, 60, "Rebuilding trust starts with saying clearly what each needs and which limits must hold."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
