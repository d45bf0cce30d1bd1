using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Instruments;

/// <summary>Interprets a partner's questionnaire score: an IIEF-5 score that suggests erectile difficulty.</summary>
[Name("Detect.Instrument.Iief5Low")]
[Description("IIEF-5 score suggests erectile difficulty, by the published cut-off (adjustable in the options).")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Instruments)]
[Priority(RulePriorities.Detection)]
public sealed class Iief5LowRule : PartnerFindingRule
{
    private static readonly FindingCode FindingCode = new("instrument.iief5-low");
    private static readonly InputSet Answers = new("wellbeingScores.iief5", "wellbeingScores.iief5SexuallyActive");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(Rosen1999.At("Severity bands; 21 or lower suggests erectile dysfunction"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override FindingKind Kind => FindingKind.Instrument;

    /// <inheritdoc />
    protected override string Title => "IIEF-5 score suggests erectile difficulty";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override Indicator Indicator => Indicator.Warning;

    /// <inheritdoc />
    protected override string? CatalogId => Intimacy.Core.Barriers.Barriers.SexualDysfunction.Id;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) => r.Response.WellbeingScores is { Iief5SexuallyActive: true } w && w.Iief5 <= t.Iief5Cutoff;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds t) => string.Create(CultureInfo.InvariantCulture, $"IIEF-5 at or below {t.Iief5Cutoff}, sexually active in the window");
}
