using Intimacy.Core.Plans;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Safety;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Gates;

/// <summary>Safety table row: immediate danger. Answers point to immediate danger: threats to kill, strangulation, a weapon, escalating violence, or a self-harm plan, intent or recent attempt.</summary>
[Name("Safety.ImminentDanger")]
[Description("Answers point to immediate danger: threats to kill, strangulation, a weapon, escalating violence, or a self-harm plan, intent or recent attempt.")]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Detection)]
[Priority(RulePriorities.Safety)]
public sealed class ImminentDangerRule : SafetyGateRule
{
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(StithMcCollumRosen2011.At("Lethality indicators call for emergency action"), Simon2013.At("Frequent thoughts of self-harm are followed by many times more attempts and deaths"));

    /// <inheritdoc />
    protected override SafetyGate Gate => SafetyGate.ImminentDanger;

    /// <inheritdoc />
    protected override string Title => "Immediate danger";

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override string? CatalogId => Intimacy.Core.Barriers.Barriers.PartnerViolence.Id;
}
