using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>EmotionalWithholding</c>: a partner covers hurt or upset with reassurance that all is well.</summary>
[Name("Detect.Sign.EmotionalWithholding")]
[Description("A partner covers hurt or upset with reassurance that all is well.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class EmotionalWithholdingRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.withholdsFeelings");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.EmotionalWithholding;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
