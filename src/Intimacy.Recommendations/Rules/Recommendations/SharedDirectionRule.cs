using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>A partner leaning out or a worsening connection calls for looking again at shared goals; discernment counselling helps decide together.</summary>
[Name("Recommend.SharedDirection")]
[Description("A partner leaning out or a worsening connection calls for looking again at shared goals; discernment counselling helps decide together.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Emotional)]
[Priority(RulePriorities.Recommendation)]
public sealed class SharedDirectionRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        Barriers.LeaningOut.Id,
        WarningSigns.WorseningConnection.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.SharedGoalsAndValues, 45, "Looking again at what the two still want together."),
        new(Interventions.DiscernmentCounselling, 70, "When one partner is unsure about staying, a short, structured counselling helps the couple decide on a direction first.", ForCouple: true),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
