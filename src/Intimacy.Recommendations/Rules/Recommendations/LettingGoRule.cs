using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Lingering resentment calls for deliberate work on forgiveness.</summary>
[Name("Recommend.LettingGo")]
[Description("Lingering resentment calls for deliberate work on forgiveness.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Emotional)]
[Priority(RulePriorities.Recommendation)]
public sealed class LettingGoRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        Barriers.UnresolvedResentment.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.Forgiveness, 55, "Naming old hurts and choosing to stop reusing them in new arguments."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
