using Intimacy.Core.Plans;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Safety;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Gates;

/// <summary>Safety table row: something needs its own help first. Substance misuse, an affair not both disclosed and ended, or a partner leaning out: general couples therapy waits.</summary>
[Name("Safety.CouplesTherapyDeferred")]
[Description("Substance misuse, an affair not both disclosed and ended, or a partner leaning out: general couples therapy waits.")]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Detection)]
[Priority(RulePriorities.Safety)]
public sealed class CouplesTherapyDeferredRule : SafetyGateRule
{
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(OFarrellFalsStewart2006.At("Behavioural couples therapy for substance use"), DohertyHarris2017.At("Discernment counselling for mixed-agenda couples"));

    /// <inheritdoc />
    protected override SafetyGate Gate => SafetyGate.CouplesTherapyDeferred;

    /// <inheritdoc />
    protected override string Title => "Something needs its own help first";

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;
}
