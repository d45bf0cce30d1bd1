using Intimacy.Core.Plans;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Safety;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Gates;

/// <summary>Safety table row: violence, fear or coercive control. A partner reports violence, fear of the other partner, or controlling behaviour; joint work waits for a specialist screening.</summary>
[Name("Safety.ViolenceOrCoercion")]
[Description("A partner reports violence, fear of the other partner, or controlling behaviour; joint work waits for a specialist screening.")]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Detection)]
[Priority(RulePriorities.Safety)]
public sealed class ViolenceOrCoercionRule : SafetyGateRule
{
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(StithMcCollumRosen2011.At("Conjoint treatment only after specialist screening"), JoseOLeary2009.At("Prevalence of aggression in clinic couples"));

    /// <inheritdoc />
    protected override SafetyGate Gate => SafetyGate.ViolenceOrCoercion;

    /// <inheritdoc />
    protected override string Title => "Violence, fear or coercive control";

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override string? CatalogId => Intimacy.Core.Barriers.Barriers.PartnerViolence.Id;
}
