using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>AvoidingMeaningfulConversations</c>: the couple steers around conversations that matter.</summary>
[Name("Detect.Sign.AvoidingMeaningfulConversations")]
[Description("The couple steers around conversations that matter.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class AvoidingMeaningfulConversationsRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.avoidsMeaningfulConversations");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.AvoidingMeaningfulConversations;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
