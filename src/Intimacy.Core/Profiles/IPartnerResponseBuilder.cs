namespace Intimacy.Core.Profiles;

/// <summary>Fills in one partner's answers, one section at a time.</summary>
/// <remarks>
/// Each method receives the section as it stands (a fresh one with its default visibility the first
/// time) and returns the edited section, usually with a <c>with</c> expression:
/// <c>a.View(v =&gt; v with { SexPerYear = 6 })</c>.
/// </remarks>
public interface IPartnerResponseBuilder
{
    /// <summary>Edits the partner's view of the relationship.</summary>
    /// <param name="edit">Returns the edited section.</param>
    /// <returns>This builder.</returns>
    IPartnerResponseBuilder View(Func<RelationshipView, RelationshipView> edit);

    /// <summary>Edits work, care and stress.</summary>
    /// <param name="edit">Returns the edited section.</param>
    /// <returns>This builder.</returns>
    IPartnerResponseBuilder Life(Func<LifeCircumstances, LifeCircumstances> edit);

    /// <summary>Edits health matters.</summary>
    /// <param name="edit">Returns the edited section.</param>
    /// <returns>This builder.</returns>
    IPartnerResponseBuilder Health(Func<HealthStatus, HealthStatus> edit);

    /// <summary>Edits psychological barriers.</summary>
    /// <param name="edit">Returns the edited section.</param>
    /// <returns>This builder.</returns>
    IPartnerResponseBuilder Personal(Func<PersonalBarriers, PersonalBarriers> edit);

    /// <summary>Edits trauma history (private by default).</summary>
    /// <param name="edit">Returns the edited section.</param>
    /// <returns>This builder.</returns>
    IPartnerResponseBuilder Trauma(Func<TraumaHistory, TraumaHistory> edit);

    /// <summary>Edits a breach of trust or agreement (private by default).</summary>
    /// <param name="edit">Returns the edited section.</param>
    /// <returns>This builder.</returns>
    IPartnerResponseBuilder Trust(Func<TrustBreach, TrustBreach> edit);

    /// <summary>Edits commitment (private by default).</summary>
    /// <param name="edit">Returns the edited section.</param>
    /// <returns>This builder.</returns>
    IPartnerResponseBuilder Commitment(Func<Commitment, Commitment> edit);

    /// <summary>Edits the safety screen (private by default); calling it at all marks the partner as screened.</summary>
    /// <param name="edit">Returns the edited section.</param>
    /// <returns>This builder.</returns>
    IPartnerResponseBuilder Safety(Func<SafetyScreen, SafetyScreen> edit);

    /// <summary>Edits the help tried so far.</summary>
    /// <param name="edit">Returns the edited section.</param>
    /// <returns>This builder.</returns>
    IPartnerResponseBuilder History(Func<HelpHistory, HelpHistory> edit);

    /// <summary>Edits relationship questionnaire scores.</summary>
    /// <param name="edit">Returns the edited section.</param>
    /// <returns>This builder.</returns>
    IPartnerResponseBuilder RelationshipScores(Func<RelationshipScores, RelationshipScores> edit);

    /// <summary>Edits mental-health and sexual-function scores (private by default).</summary>
    /// <param name="edit">Returns the edited section.</param>
    /// <returns>This builder.</returns>
    IPartnerResponseBuilder WellbeingScores(Func<WellbeingScores, WellbeingScores> edit);
}
