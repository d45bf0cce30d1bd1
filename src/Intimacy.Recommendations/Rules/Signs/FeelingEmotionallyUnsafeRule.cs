using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>FeelingEmotionallyUnsafe</c>: a partner does not feel emotionally safe with the other.</summary>
[Name("Detect.Sign.FeelingEmotionallyUnsafe")]
[Description("A partner does not feel emotionally safe with the other.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class FeelingEmotionallyUnsafeRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.feelsEmotionallySafe");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.FeelingEmotionallyUnsafe;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
