using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>A sexless stretch that troubles a partner calls for slow, consensual reconnection, starting with talk.</summary>
[Name("Recommend.SexualReconnection")]
[Description("A sexless stretch that troubles a partner calls for slow, consensual reconnection, starting with talk.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Sexual)]
[Priority(RulePriorities.Recommendation)]
public sealed class SexualReconnectionRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        WarningSigns.SexlessRelationship.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.TalkAboutDesires, 60, "An open, judgement-free talk about wishes and limits comes before any change."),
        new(Interventions.GoingSlowly, 55, "Rebuilding sexual contact in small steps, moving on only when both want to."),
        new(Interventions.ScheduledIntimacy, 45, "Protected time keeps intimacy from being crowded out."),
        new(Interventions.SensateFocus, 50, "A staged, non-demand touch programme, moving on only when both agree."),
        new(Interventions.SensualSetting, 35, "A calm, private space helps both relax."),
        new(Interventions.SexualNovelty, 30, "Later, once both feel ready, something new that both are curious about; either may decline."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
