using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>FewerSharedActivities</c>: the couple rarely does enjoyable things together.</summary>
[Name("Detect.Sign.FewerSharedActivities")]
[Description("The couple rarely does enjoyable things together.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class FewerSharedActivitiesRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.sharedActivities");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.FewerSharedActivities;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
