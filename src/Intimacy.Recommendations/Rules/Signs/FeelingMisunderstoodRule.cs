using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>FeelingMisunderstood</c>: a partner often feels the other does not understand them.</summary>
[Name("Detect.Sign.FeelingMisunderstood")]
[Description("A partner often feels the other does not understand them.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class FeelingMisunderstoodRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.feelsMisunderstood");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.FeelingMisunderstood;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
