using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Instruments;

/// <summary>Interprets a partner's questionnaire score: an RDAS score in the distressed range.</summary>
[Name("Detect.Instrument.RdasDistress")]
[Description("RDAS score in the distressed range, by the published cut-off (adjustable in the options).")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Instruments)]
[Priority(RulePriorities.Detection)]
public sealed class RdasDistressRule : PartnerFindingRule
{
    private static readonly FindingCode FindingCode = new("instrument.rdas-distress");
    private static readonly InputSet Answers = new("relationshipScores.rdas");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(Anderson2014.At("RDAS cut-off of 47 for distress"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override FindingKind Kind => FindingKind.Instrument;

    /// <inheritdoc />
    protected override string Title => "RDAS score in the distressed range";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override Indicator Indicator => Indicator.Warning;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) => r.Response.RelationshipScores?.Rdas <= t.RdasCutoff;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds t) => string.Create(CultureInfo.InvariantCulture, $"RDAS at or below {t.RdasCutoff}");
}
