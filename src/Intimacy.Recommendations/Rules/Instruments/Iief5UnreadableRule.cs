using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Instruments;

/// <summary>
/// Notes a partner's IIEF-5 score at or below its cut-off that cannot be read because the partner did not say
/// whether they were sexually active in the questionnaire's four-week window: the score is only meaningful
/// with activity (domain notes §2), and an unanswered question is not read as "no difficulty" either.
/// The finding asks for the missing answer; it is not a finding of difficulty (see <see cref="Iief5LowRule"/>).
/// </summary>
[Name("Detect.Instrument.Iief5Unreadable")]
[Description("IIEF-5 score at or below the cut-off (adjustable in the options) with sexual activity in the window unanswered: the score cannot be read until that is known.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Instruments)]
[Priority(RulePriorities.Detection)]
public sealed class Iief5UnreadableRule : PartnerFindingRule
{
    private static readonly FindingCode FindingCode = new("instrument.iief5-unreadable");
    private static readonly InputSet Answers = new("wellbeingScores.iief5", "wellbeingScores.iief5SexuallyActive");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(Rosen1999.At("Scoring over the past four weeks; a score without sexual activity in that window is not read against the bands"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override FindingKind Kind => FindingKind.Instrument;

    /// <inheritdoc />
    protected override string Title => "IIEF-5 score cannot be read: say whether there was sexual activity in the past four weeks";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) => r.Response.WellbeingScores is { Iief5SexuallyActive: null } w && w.Iief5 <= t.Iief5Cutoff;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds t) => string.Create(CultureInfo.InvariantCulture, $"IIEF-5 at or below {t.Iief5Cutoff}, sexual activity in the window unanswered");
}
