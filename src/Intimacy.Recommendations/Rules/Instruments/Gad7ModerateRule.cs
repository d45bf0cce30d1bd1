using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Instruments;

/// <summary>Interprets a partner's questionnaire score: a GAD-7 score at moderate anxiety or above.</summary>
[Name("Detect.Instrument.Gad7Moderate")]
[Description("GAD-7 score at moderate anxiety or above, by the published cut-off (adjustable in the options).")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Instruments)]
[Priority(RulePriorities.Detection)]
public sealed class Gad7ModerateRule : PartnerFindingRule
{
    private static readonly FindingCode FindingCode = new("instrument.gad7-moderate");
    private static readonly InputSet Answers = new("wellbeingScores.gad7");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(Spitzer2006.At("Severity bands 5, 10 and 15"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override FindingKind Kind => FindingKind.Instrument;

    /// <inheritdoc />
    protected override string Title => "GAD-7 score at moderate anxiety or above";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override Indicator Indicator => Indicator.Warning;

    /// <inheritdoc />
    protected override string? CatalogId => Intimacy.Core.Barriers.Barriers.Anxiety.Id;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) => r.Response.WellbeingScores?.Gad7 >= t.Gad7Cutoff;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds t) => string.Create(CultureInfo.InvariantCulture, $"GAD-7 at or above {t.Gad7Cutoff}");
}
