using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Instruments;

/// <summary>Interprets a partner's questionnaire score: a DAS score in the distressed range.</summary>
[Name("Detect.Instrument.DasDistress")]
[Description("DAS score in the distressed range, by the published cut-off (adjustable in the options).")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Instruments)]
[Priority(RulePriorities.Detection)]
public sealed class DasDistressRule : PartnerFindingRule
{
    private static readonly FindingCode FindingCode = new("instrument.das-distress");
    private static readonly InputSet Answers = new("relationshipScores.das");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(Spanier1976.At("Total score; 97 commonly separates distressed from adjusted couples"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override FindingKind Kind => FindingKind.Instrument;

    /// <inheritdoc />
    protected override string Title => "DAS score in the distressed range";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override Indicator Indicator => Indicator.Warning;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) => r.Response.RelationshipScores?.Das < t.DasCutoff;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds t) => string.Create(CultureInfo.InvariantCulture, $"DAS below {t.DasCutoff}");
}
