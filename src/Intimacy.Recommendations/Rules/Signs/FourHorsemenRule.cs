using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>FourHorsemen</c>: contempt, or frequent criticism, defensiveness or shutting down, colours disagreements.</summary>
[Name("Detect.Sign.FourHorsemen")]
[Description("Contempt, or frequent criticism, defensiveness or shutting down, colours disagreements.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class FourHorsemenRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.contempt", "view.criticism", "view.defensiveness", "view.stonewalling");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.FourHorsemen;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
