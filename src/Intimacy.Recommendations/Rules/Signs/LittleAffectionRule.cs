using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>LittleAffection</c>: hugs, cuddles and other non-sexual touch happen rarely or never.</summary>
[Name("Detect.Sign.LittleAffection")]
[Description("Hugs, cuddles and other non-sexual touch happen rarely or never.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class LittleAffectionRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.affection");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.LittleAffection;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
