using Intimacy.Core.Barriers;
using Intimacy.Core.Interventions;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Rules.Recommendations;

/// <summary>
/// Parallel lives and little time together call for protected couple time. Nothing sexual: busy
/// weeks alone are no sexual concern, and scheduled intimacy comes only from a sexual finding.
/// </summary>
[Name("Recommend.CoupleTime")]
[Description("Parallel lives and little time together call for protected couple time.")]
[Tag(RuleTags.Recommendation)]
[Tag(RuleTags.SharedExperiences)]
[Priority(RulePriorities.Recommendation)]
public sealed class CoupleTimeRule : RecommendationRule
{
    private static readonly string[] Codes =
    [
        WarningSigns.ParallelLives.Id,
        Barriers.DisconnectedLives.Id,
        Barriers.LongWorkHours.Id,
        Barriers.Caregiving.Id,
        Barriers.SocialCommitments.Id,
    ];

    private static readonly Proposal[] Proposed =
    [
        new(Interventions.DateNights, 60, "Regular protected time together, treated as an appointment."),
        new(Interventions.JointProject, 40, "Working side by side on something shared builds the sense of a team."),
    ];

    /// <inheritdoc />
    protected override IEnumerable<string> Triggers => Codes;

    /// <inheritdoc />
    protected override IEnumerable<Proposal> Proposals => Proposed;
}
