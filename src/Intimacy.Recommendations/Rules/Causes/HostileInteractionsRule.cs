using Intimacy.Core.Barriers;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>HostileInteractions</c> for a partner: criticism is frequent or contempt shows up.</summary>
[Name("Detect.Barrier.HostileInteractions")]
[Description("Criticism is frequent or contempt shows up.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class HostileInteractionsRule : BarrierRule
{
    private static readonly InputSet Answers = new("view.criticism", "view.contempt");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.HostileInteractions;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds thresholds) => r.Response.View is { } v && (v.Criticism >= Frequency.Often || v.Contempt >= Frequency.Sometimes);
}
