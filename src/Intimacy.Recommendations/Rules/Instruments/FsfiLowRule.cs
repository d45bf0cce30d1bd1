using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Instruments;

/// <summary>Interprets a partner's questionnaire score: an FSFI score that suggests sexual difficulty.</summary>
[Name("Detect.Instrument.FsfiLow")]
[Description("FSFI score suggests sexual difficulty, by the published cut-off (adjustable in the options).")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Instruments)]
[Priority(RulePriorities.Detection)]
public sealed class FsfiLowRule : PartnerFindingRule
{
    private static readonly FindingCode FindingCode = new("instrument.fsfi-low");
    private static readonly InputSet Answers = new("wellbeingScores.fsfi", "wellbeingScores.fsfiSexuallyActive");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(Wiegel2005.At("Clinical cutoff: a total of 26.55 or lower indicates sexual dysfunction"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override FindingKind Kind => FindingKind.Instrument;

    /// <inheritdoc />
    protected override string Title => "FSFI score suggests sexual difficulty";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override Indicator Indicator => Indicator.Warning;

    /// <inheritdoc />
    protected override string? CatalogId => Intimacy.Core.Barriers.Barriers.SexualDysfunction.Id;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) => r.Response.WellbeingScores is { FsfiSexuallyActive: true } w && w.Fsfi <= t.FsfiCutoff;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds t) => string.Create(CultureInfo.InvariantCulture, $"FSFI at or below {t.FsfiCutoff}, sexually active in the window");
}
