using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Criticism, contempt and defensiveness call for gentler conflict habits and more positive moments.</summary>
[Name("Recommend.SaferConflict")]
[Description("Criticism, contempt and defensiveness call for gentler conflict habits and more positive moments.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Emotional)]
[Priority(RulePriorities.Recommendation)]
public sealed class SaferConflictRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        WarningSigns.FourHorsemen.Id,
        Barriers.HostileInteractions.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.AppreciationAndGratitude, 60, "Stable couples keep positive moments well ahead of negative ones; deliberate appreciation helps restore that balance."),
        new(Interventions.ActiveListening, 58, "Listening before answering takes the heat out of disagreements."),
        new(Interventions.EmpathicResponse, 52, "Meeting hurt with empathy rather than defence."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
