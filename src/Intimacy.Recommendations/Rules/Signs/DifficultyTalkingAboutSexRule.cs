using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>DifficultyTalkingAboutSex</c>: a partner finds it hard to talk about sex and desire.</summary>
[Name("Detect.Sign.DifficultyTalkingAboutSex")]
[Description("A partner finds it hard to talk about sex and desire.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class DifficultyTalkingAboutSexRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.easeTalkingAboutSex");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.DifficultyTalkingAboutSex;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
