using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Recommendations.Rules.History;

/// <summary>
/// Self-help has run for at least the configured weeks without improvement (an unknown outcome is not
/// counted as improvement): time to escalate to professional help. Reported weeks of self-help show that
/// it was tried, so an unanswered "tried" question does not hold the escalation back; only a "no" does.
/// </summary>
[Name("Detect.History.SelfHelpNotEnough")]
[Description("Self-help has run for at least the configured number of weeks (project default 8) without a reported improvement.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Escalation)]
[Priority(RulePriorities.Detection)]
public sealed class SelfHelpEscalationRule : PartnerFindingRule
{
    private static readonly FindingCode FindingCode = new("history.self-help-not-enough");
    private static readonly InputSet Answers = new("history.selfHelpTried", "history.selfHelpWeeks", "history.selfHelpOutcome");
    private static readonly IReadOnlyList<Citation> Cited = Citations.Of(
        Restore.At("FAQ: when self-help has not worked, seek professional help"));

    /// <inheritdoc />
    protected override FindingCode Code => FindingCode;

    /// <inheritdoc />
    protected override FindingKind Kind => FindingKind.History;

    /// <inheritdoc />
    protected override string Title => "Self-help has run for weeks without a reported improvement";

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override IReadOnlyList<Citation> Sources => Cited;

    /// <inheritdoc />
    protected override Indicator Indicator => Indicator.Warning;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) =>
        r.Response.History is { } h && h.SelfHelpTried != false && h.SelfHelpWeeks >= t.EscalationWeeks && h.SelfHelpOutcome != SelfHelpOutcome.Improved;

    /// <inheritdoc />
    protected override string? ThresholdText(Thresholds t) =>
        string.Create(CultureInfo.InvariantCulture, $"{t.EscalationWeeks} weeks or more of self-help without a reported improvement");
}
