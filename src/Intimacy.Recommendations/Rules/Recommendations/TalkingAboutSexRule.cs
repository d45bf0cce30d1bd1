using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Difficulty talking about sex calls for a guided conversation about desires and limits.</summary>
[Name("Recommend.TalkingAboutSex")]
[Description("Difficulty talking about sex calls for a guided conversation about desires and limits.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Sexual)]
[Priority(RulePriorities.Recommendation)]
public sealed class TalkingAboutSexRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        WarningSigns.DifficultyTalkingAboutSex.Id,
        Barriers.SexualShame.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.TalkAboutDesires, 60, "A calm conversation with every limit respected."),
        new(Interventions.SexTherapy, 50, "A sex therapist can make these conversations easier, especially when shame is involved."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
