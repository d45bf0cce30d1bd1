using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Little non-sexual touch calls for everyday affection with no expectation of sex.</summary>
[Name("Recommend.Affection")]
[Description("Little non-sexual touch calls for everyday affection with no expectation of sex.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Affection)]
[Priority(RulePriorities.Recommendation)]
public sealed class AffectionRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        WarningSigns.LittleAffection.Id,
        Barriers.LimitedPhysicalAffection.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.EverydayAffection, 60, "Small daily touches rebuild comfort with closeness."),
        new(Interventions.Cuddling, 55, "Unhurried closeness with sex off the agenda."),
        new(Interventions.NonSexualMassage, 50, "Turn-taking massage, explicitly not leading to sex."),
        new(Interventions.PlayfulTouch, 45, "Light, playful contact brings back ease and fun."),
        new(Interventions.DancingTogether, 35, "Moving together to music is a low-pressure way to touch."),
        new(Interventions.PublicAffection, 30, "Small signs of being a pair when out together, within what both find comfortable."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
