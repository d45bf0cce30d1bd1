using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.Instruments;

/// <summary>
/// Notes a partner's FSFI score at or below its cut-off that cannot be read because the partner did not say
/// whether they were sexually active in the questionnaire's four-week window: the score is only meaningful
/// with activity (domain notes §2), and an unanswered question is not read as "no difficulty" either.
/// The finding asks for the missing answer; it is not a finding of difficulty (see <see cref="FsfiLowRule"/>).
/// </summary>
[Name("Detect.Instrument.FsfiUnreadable")]
[Description("FSFI score at or below the cut-off (adjustable in the options) with sexual activity in the window unanswered: the score cannot be read until that is known.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Instruments)]
[Priority(RulePriorities.Detection)]
public sealed class FsfiUnreadableRule : PartnerFindingRule
{
    private static readonly FindingCode FindingCode = new("instrument.fsfi-unreadable");
    private static readonly InputSet Answers = new("wellbeingScores.fsfi", "wellbeingScores.fsfiSexuallyActive");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(Rosen2000.At("Scoring over the past four weeks; the items presume sexual activity in that window"), Wiegel2005.At("Clinical cutoff of 26.55"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override FindingKind Kind => FindingKind.Instrument;

    /// <inheritdoc />
    protected override string Title => "FSFI score cannot be read: say whether there was sexual activity in the past four weeks";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) => r.Response.WellbeingScores is { FsfiSexuallyActive: null } w && w.Fsfi <= t.FsfiCutoff;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds t) => string.Create(CultureInfo.InvariantCulture, $"FSFI at or below {t.FsfiCutoff}, sexual activity in the window unanswered");
}
