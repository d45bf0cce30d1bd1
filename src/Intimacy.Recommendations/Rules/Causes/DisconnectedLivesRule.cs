using Intimacy.Core.Barriers;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Causes;

/// <summary>Records the barrier <c>DisconnectedLives</c> for a partner: little time together, or life run side by side like housemates.</summary>
[Name("Detect.Barrier.DisconnectedLives")]
[Description("Little time together, or life run side by side like housemates.")]
[Tag(RuleTags.Detection)]
[Tag(RuleTags.Barriers)]
[Priority(RulePriorities.Detection)]
public sealed class DisconnectedLivesRule : BarrierRule
{
    private static readonly InputSet Answers = new("view.qualityTimeHoursPerWeek", "view.feelsLikeRoommates");

    /// <inheritdoc />
    protected override Barrier Barrier => Intimacy.Core.Barriers.Barriers.DisconnectedLives;

    /// <inheritdoc />
    protected override InputSet Inputs => Answers;

    /// <inheritdoc />
    protected override bool Applies(Respondent r, Thresholds t) => r.Response.View is { } v && (v.QualityTimeHoursPerWeek < t.LowQualityTimeHours || v.FeelsLikeRoommates == true);
}
