using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>WorseningConnection</c>: a partner sees closeness slipping further.</summary>
[Name("Detect.Sign.WorseningConnection")]
[Description("A partner sees closeness slipping further.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class WorseningConnectionRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.trend");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.WorseningConnection;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
