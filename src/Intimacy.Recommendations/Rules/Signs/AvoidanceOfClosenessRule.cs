using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>AvoidanceOfCloseness</c>: a partner shies away from physical closeness.</summary>
[Name("Detect.Sign.AvoidanceOfCloseness")]
[Description("A partner shies away from physical closeness.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class AvoidanceOfClosenessRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.avoidsPhysicalCloseness");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.AvoidanceOfCloseness;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
