using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>CommunicationBreakdown</c>: talking has broken down: frequent rows with misunderstanding, or silence where feelings should be.</summary>
[Name("Detect.Sign.CommunicationBreakdown")]
[Description("Talking has broken down: frequent rows with misunderstanding, or silence where feelings should be.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class CommunicationBreakdownRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.feelsMisunderstood", "view.conflictFrequency", "view.avoidsMeaningfulConversations", "view.easeTalkingAboutFeelings");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.CommunicationBreakdown;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
