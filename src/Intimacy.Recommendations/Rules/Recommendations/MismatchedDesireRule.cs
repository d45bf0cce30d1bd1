using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Different levels of desire call for compromise without pressure, and help with the pursue-withdraw cycle.</summary>
[Name("Recommend.MismatchedDesire")]
[Description("Different levels of desire call for compromise without pressure, and help with the pursue-withdraw cycle.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Sexual)]
[Priority(RulePriorities.Recommendation)]
public sealed class MismatchedDesireRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        "dyadic.desire-discrepancy",
        WarningSigns.PursueWithdrawCycle.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.LibidoCompromise, 60, "Finding arrangements that respect both levels of desire; no one is pressed to give in."),
        new(Interventions.TalkAboutDesires, 55, "Understanding each other's desire without blame."),
        new(Interventions.EmotionallyFocusedTherapy, 50, "EFT works on the reach-and-retreat cycle behind the conflict."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
