using Intimacy.Core.Plans;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Safety;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Gates;

/// <summary>Safety table row: safety not yet screened. A responding partner was not asked, or did not answer, the safety questions; a private screening comes before joint professional help.</summary>
[Name("Safety.SafetyNotScreened")]
[Description("A responding partner was not asked, or did not answer, the safety questions; a private screening comes before joint professional help.")]
[Tag(RuleTags.Safety)]
[Tag(RuleTags.Detection)]
[Priority(RulePriorities.Safety)]
public sealed class SafetyNotScreenedRule : SafetyGateRule
{
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(StithMcCollumRosen2011.At("Screen each partner separately before conjoint work"), JoseOLeary2009.At("Violence is common among couples seeking help"));

    /// <inheritdoc />
    protected override SafetyGate Gate => SafetyGate.SafetyNotScreened;

    /// <inheritdoc />
    protected override string Title => "Safety not yet screened";

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;
}
