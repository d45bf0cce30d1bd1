using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Mild relationship distress can start with a structured online programme.</summary>
[Name("Recommend.SelfGuidedProgramme")]
[Description("Mild relationship distress can start with a structured online programme.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Professional)]
[Priority(RulePriorities.Recommendation)]
public sealed class SelfGuidedProgrammeRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        "instrument.csi4-distress",
        "instrument.csi16-distress",
        "instrument.csi32-distress",
        "instrument.rdas-distress",
        "instrument.das-distress",
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.OnlineProgramme, 50, "Structured self-guided programmes help couples with milder distress."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
