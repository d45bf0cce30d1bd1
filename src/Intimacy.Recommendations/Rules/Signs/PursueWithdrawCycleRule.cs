using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>PursueWithdrawCycle</c>: one partner reaches out and feels turned down while the other pulls back and feels pushed.</summary>
[Name("Detect.Sign.PursueWithdrawCycle")]
[Description("One partner reaches out and feels turned down while the other pulls back and feels pushed.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class PursueWithdrawCycleRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.feelsRejected", "view.feelsPressured", "view.sexFrequencyFeeling");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.PursueWithdrawCycle;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
