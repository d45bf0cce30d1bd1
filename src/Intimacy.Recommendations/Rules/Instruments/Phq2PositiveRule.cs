using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Instruments;

/// <summary>
/// Interprets a partner's questionnaire score: a positive PHQ-2 depression screen, which calls for the full PHQ-9.
/// A screen stands in only while the full instrument is unanswered; once the PHQ-9 total is known it decides,
/// so the screen is not reported beside it (domain notes §2).
/// </summary>
[Name("Detect.Instrument.Phq2Positive")]
[Description("Positive PHQ-2 depression screen, by the published cut-off (adjustable in the options), while the full PHQ-9 is unanswered; once it is answered, its total decides.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Instruments)]
[Priority(RulePriorities.Detection)]
public sealed class Phq2PositiveRule : PartnerFindingRule
{
    private static readonly FindingCode FindingCode = new("instrument.phq2-positive");
    private static readonly InputSet Answers = new("wellbeingScores.phq2");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(Kroenke2003.At("A score of 3 or more is a positive screen"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override FindingKind Kind => FindingKind.Instrument;

    /// <inheritdoc />
    protected override string Title => "Positive PHQ-2 depression screen; the full PHQ-9 should follow";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override Indicator Indicator => Indicator.Warning;

    /// <inheritdoc />
    protected override string? CatalogId => Intimacy.Core.Barriers.Barriers.Depression.Id;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) =>
        r.Response.WellbeingScores is { Phq9: null } w && w.Phq2 >= t.Phq2Cutoff;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds t) => string.Create(CultureInfo.InvariantCulture, $"PHQ-2 at or above {t.Phq2Cutoff}");
}
