using Intimacy.Core.Plans;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Safety;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Gates;

/// <summary>Safety table row: a physical cause is possible. Difficulty with erection, arousal, lubrication or orgasm, pain, hormonal change, medication side effects or chronic illness: a doctor first, ranked above sex therapy.</summary>
[Name("Safety.MedicalFirst")]
[Description("Difficulty with erection, arousal, lubrication or orgasm, pain, hormonal change, medication side effects or chronic illness: a doctor first, ranked above sex therapy.")]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Detection)]
[Priority(RulePriorities.Safety)]
public sealed class MedicalFirstRule : SafetyGateRule
{
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(PrincetonIII.At("Erectile dysfunction as an early marker of heart disease"), Montejo2001.At("Sexual side effects of antidepressants"));

    /// <inheritdoc />
    protected override SafetyGate Gate => SafetyGate.MedicalFirst;

    /// <inheritdoc />
    protected override string Title => "A physical cause is possible";

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override string? CatalogId => Intimacy.Core.Barriers.Barriers.MedicalCondition.Id;
}
