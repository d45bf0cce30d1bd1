using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Signs;

/// <summary>Detects the warning sign <c>UnresolvedConflict</c>: arguments keep returning and are seldom settled.</summary>
[Name("Detect.Sign.UnresolvedConflict")]
[Description("Arguments keep returning and are seldom settled.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.WarningSigns)]
[Priority(RulePriorities.Detection)]
public sealed class UnresolvedConflictRule : WarningSignRule
{
    private static readonly InputSet Answers = new("view.conflictFrequency", "view.conflictsResolved");

    /// <inheritdoc />
    protected override WarningSign Sign => WarningSigns.UnresolvedConflict;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;
}
