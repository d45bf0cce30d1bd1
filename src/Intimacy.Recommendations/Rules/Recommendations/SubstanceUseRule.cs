using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Substance misuse calls for treatment first, with behavioural couples therapy as the couple option.</summary>
[Name("Recommend.SubstanceUse")]
[Description("Substance misuse calls for treatment first, with behavioural couples therapy as the couple option.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Professional)]
[Priority(RulePriorities.Recommendation)]
public sealed class SubstanceUseRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        Barriers.SubstanceMisuse.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.AddictionTreatment, 80, "Treatment for the substance problem comes first."),
        new(Interventions.BehaviouralCouplesTherapy, 70, "Behavioural couples therapy is the couple option designed for substance use.", ForCouple: true),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
