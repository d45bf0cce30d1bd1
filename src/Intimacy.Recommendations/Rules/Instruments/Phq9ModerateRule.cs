using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Instruments;

/// <summary>Interprets a partner's questionnaire score: a PHQ-9 score at moderate depression or above.</summary>
[Name("Detect.Instrument.Phq9Moderate")]
[Description("PHQ-9 score at moderate depression or above, by the published cut-off (adjustable in the options).")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Instruments)]
[Priority(RulePriorities.Detection)]
public sealed class Phq9ModerateRule : PartnerFindingRule
{
    private static readonly FindingCode FindingCode = new("instrument.phq9-moderate");
    private static readonly InputSet Answers = new("wellbeingScores.phq9");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(Kroenke2001.At("Severity bands 5, 10, 15 and 20"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override FindingKind Kind => FindingKind.Instrument;

    /// <inheritdoc />
    protected override string Title => "PHQ-9 score at moderate depression or above";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override Indicator Indicator => Indicator.Warning;

    /// <inheritdoc />
    protected override string? CatalogId => Intimacy.Core.Barriers.Barriers.Depression.Id;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) => r.Response.WellbeingScores?.Phq9 >= t.Phq9Cutoff;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds t) => string.Create(CultureInfo.InvariantCulture, $"PHQ-9 at or above {t.Phq9Cutoff}");
}
