using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>A partner leaning out or a worsening connection calls for looking again at shared goals. Discernment counselling is not proposed here: it is for a partner leaning out, a private answer, and the safety veto adds it for that partner alone (docs/safety.md row 4); proposing it from the shared worsening trend would tell the other partner more than their answers show.</summary>
[Name("Recommend.SharedDirection")]
[Description("A partner leaning out or a worsening connection calls for looking again at shared goals.")]
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
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
