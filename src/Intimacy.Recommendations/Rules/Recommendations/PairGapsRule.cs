using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>PAIR gaps between how intimacy is and how a partner wants it call for work on that dimension.</summary>
[Name("Recommend.PairGaps")]
[Description("PAIR gaps between how intimacy is and how a partner wants it call for work on that dimension.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Emotional)]
[Priority(RulePriorities.Recommendation)]
public sealed class PairGapsRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        "instrument.pair-gap.emotional",
        "instrument.pair-gap.intellectual",
        "instrument.pair-gap.social",
        "instrument.pair-gap.recreational",
        "instrument.pair-gap.sexual",
        "dyadic.pair-partner-gap",
        "dyadic.partners-disagree",
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.WeeklyCheckIn, 50, "A weekly review gives room to talk about what each wants more of."),
        new(Interventions.MeaningfulConversations, 45, "Talking about what each hopes for in the relationship."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
