using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>ParallelLives</c>: the partners describe living side by side like housemates rather than as a couple.</summary>
[Name("Detect.Sign.ParallelLives")]
[Description("The partners describe living side by side like housemates rather than as a couple.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class ParallelLivesRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.feelsLikeRoommates");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.ParallelLives;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
