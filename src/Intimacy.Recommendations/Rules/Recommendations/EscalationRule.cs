using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Self-help that has not helped after the configured number of weeks calls for professional help.</summary>
[Name("Recommend.Escalation")]
[Description("Self-help that has not helped after the configured number of weeks calls for professional help.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Escalation)]
[Priority(RulePriorities.Recommendation)]
public sealed class EscalationRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        "history.self-help-not-enough",
        WarningSigns.SelfHelpNotWorking.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.CouplesTherapy, 75, "Self-help that has brought no reported improvement is a reason to get professional help."),
        new(Interventions.OnlineCouplesCounselling, 60, "Counselling by video is an accessible first step."),
        new(Interventions.RelationshipWorkshop, 40, "A guided workshop adds practice with a professional on hand."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
