using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>Performance worries and body image call for intimacy over performance and self-care.</summary>
[Name("Recommend.PerformancePressure")]
[Description("Performance worries and body image call for intimacy over performance and self-care.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.Sexual)]
[Priority(RulePriorities.Recommendation)]
public sealed class PerformancePressureRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        Barriers.PerformanceAnxiety.Id,
        Barriers.BodyImage.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.IntimacyOverPerformance, 55, "Shifting the aim from outcomes to closeness and pleasure."),
        new(Interventions.SexualSelfCare, 45, "Tending one's own relationship with the body builds confidence."),
        new(Interventions.SensateFocus, 45, "Non-demand touch takes performance out of the picture."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
