using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Instruments;

/// <summary>Interprets a partner's questionnaire score: a CSI-4 score in the distressed range.</summary>
[Name("Detect.Instrument.Csi4Distress")]
[Description("CSI-4 score in the distressed range, by the published cut-off (adjustable in the options).")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Instruments)]
[Priority(RulePriorities.Detection)]
public sealed class Csi4DistressRule : PartnerFindingRule
{
    private static readonly FindingCode FindingCode = new("instrument.csi4-distress");
    private static readonly InputSet Answers = new("relationshipScores.csi4");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(FunkRogge2007.At("CSI-4 scoring: totals below 13.5 suggest notable dissatisfaction"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override FindingKind Kind => FindingKind.Instrument;

    /// <inheritdoc />
    protected override string Title => "CSI-4 score in the distressed range";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override Indicator Indicator => Indicator.Warning;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) => r.Response.RelationshipScores?.Csi4 < t.Csi4Cutoff;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds t) => string.Create(CultureInfo.InvariantCulture, $"CSI-4 below {t.Csi4Cutoff}");
}
