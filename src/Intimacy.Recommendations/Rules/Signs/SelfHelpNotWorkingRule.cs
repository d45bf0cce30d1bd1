using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>SelfHelpNotWorking</c>: self-help has been tried and things have not improved.</summary>
[Name("Detect.Sign.SelfHelpNotWorking")]
[Description("Self-help has been tried and things have not improved.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class SelfHelpNotWorkingRule : WarningSignRule
{
    private static readonly InputSet Answers = new("history.selfHelpTried", "history.selfHelpOutcome");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.SelfHelpNotWorking;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
