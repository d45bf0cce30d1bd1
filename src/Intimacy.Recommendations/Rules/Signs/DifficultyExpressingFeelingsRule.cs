using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>DifficultyExpressingFeelings</c>: a partner struggles to put feelings into words.</summary>
[Name("Detect.Sign.DifficultyExpressingFeelings")]
[Description("A partner struggles to put feelings into words.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class DifficultyExpressingFeelingsRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.easeTalkingAboutFeelings");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.DifficultyExpressingFeelings;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
