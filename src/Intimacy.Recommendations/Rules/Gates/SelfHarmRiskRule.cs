using Intimacy.Core.Plans;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Safety;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Gates;

/// <summary>Safety table row: thoughts of self-harm. A partner reports thoughts of self-harm or answered above zero on PHQ-9 item 9 (with item 9 left out, a PHQ-9 total above 24 counts: only such an answer reaches it); an urgent individual assessment comes first.</summary>
[Name("Safety.SelfHarmRisk")]
[Description("A partner reports thoughts of self-harm or answered above zero on PHQ-9 item 9 (with item 9 left out, a PHQ-9 total above 24 counts: only such an answer reaches it); an urgent individual assessment comes first.")]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Detection)]
[Priority(RulePriorities.Safety)]
public sealed class SelfHarmRiskRule : SafetyGateRule
{
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(Simon2013.At("Item 9 responses above zero and later risk"), Louzon2016.At("Item 9 and suicide risk; a zero answer does not rule risk out"));

    /// <inheritdoc />
    protected override SafetyGate Gate => SafetyGate.SelfHarmRisk;

    /// <inheritdoc />
    protected override string Title => "Thoughts of self-harm";

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override string? CatalogId => Intimacy.Core.Barriers.Barriers.SuicidalThoughts.Id;
}
