using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Avoiding closeness or anxious attachment calls for slow, mindful, non-demanding touch.</summary>
[Name("Recommend.GentleCloseness")]
[Description("Avoiding closeness or anxious attachment calls for slow, mindful, non-demanding touch.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Affection)]
[Priority(RulePriorities.Recommendation)]
public sealed class GentleClosenessRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        WarningSigns.AvoidanceOfCloseness.Id,
        Barriers.AttachmentInsecurity.Id,
        Barriers.FearOfEngulfmentOrAbandonment.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.MindfulTouch, 55, "Attending to touch itself, with no goal, makes closeness feel safer."),
        new(Interventions.EyeGazing, 40, "A few quiet minutes of eye contact, building tolerance for closeness."),
        new(Interventions.SynchronisedBreathing, 40, "Breathing in step is a gentle way to feel attuned."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
