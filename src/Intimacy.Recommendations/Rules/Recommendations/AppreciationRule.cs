using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Feeling unappreciated calls for regular, specific appreciation in the partner's own language of care.</summary>
[Name("Recommend.Appreciation")]
[Description("Feeling unappreciated calls for regular, specific appreciation in the partner's own language of care.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Emotional)]
[Priority(RulePriorities.Recommendation)]
public sealed class AppreciationRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        Barriers.LackOfAppreciation.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.AppreciationAndGratitude, 55, "Regular thanks and compliments counter feeling taken for granted."),
        new(Interventions.LoveLanguages, 45, "Learning how the partner most readily feels cared for."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
