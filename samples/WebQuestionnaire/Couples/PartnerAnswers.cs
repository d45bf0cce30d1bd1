using Intimacy.Core.Profiles;

namespace WebQuestionnaire.Couples;

/// <summary>
/// What one partner has saved so far, held in memory only. Each step replaces its own part; a part
/// that was never saved stays <see langword="null"/> (unknown), never "fine".
/// </summary>
internal sealed record PartnerAnswers
{
    public int? AgeYears { get; init; }

    public RelationshipView? View { get; init; }

    public RelationshipScores? RelationshipScores { get; init; }

    public WellbeingScores? WellbeingScores { get; init; }

    /// <summary>The self-harm answers from the check-ins step; merged with <see cref="Violence"/> into one safety screen.</summary>
    public SafetyScreen? SelfHarm { get; init; }

    /// <summary>The answers of the private safety step.</summary>
    public SafetyScreen? Violence { get; init; }

    public bool ViewSaved { get; init; }

    public bool ScreensSaved { get; init; }

    public bool SafetySaved { get; init; }

    public bool Finished => ViewSaved && ScreensSaved && SafetySaved && AgeYears is not null;

    /// <summary>The safety screen as the library reads it: present once either step that asks safety questions was saved.</summary>
    public SafetyScreen? Safety => (SelfHarm, Violence) switch
    {
        (null, null) => null,
        (null, { } v) => v,
        ({ } s, null) => s,
        ({ } s, { } v) => v with
        {
            SelfHarmThoughts = s.SelfHarmThoughts,
            SelfHarmPlan = s.SelfHarmPlan,
            SelfHarmIntent = s.SelfHarmIntent,
            RecentSelfHarmAttempt = s.RecentSelfHarmAttempt,
        },
    };

    /// <summary>Fills a profile builder's partner with these answers.</summary>
    public void Fill(IPartnerResponseBuilder partner)
    {
        if (View is { } view)
        {
            partner.View(_ => view);
        }

        if (RelationshipScores is { } scores)
        {
            partner.RelationshipScores(_ => scores);
        }

        if (WellbeingScores is { } wellbeing)
        {
            partner.WellbeingScores(_ => wellbeing);
        }

        if (Safety is { } safety)
        {
            partner.Safety(_ => safety);
        }
    }

    /// <summary>
    /// Fills a profile builder's partner with the answers the safety table reads and nothing else: the
    /// safety screen as far as it was saved. For the other seat in a plan from one partner's answers,
    /// whose disclosures must still hold back what is unsafe while the rest of their answers stay out.
    /// </summary>
    /// <remarks>
    /// The table also reads PHQ-9 item 9 (<c>wellbeingScores</c>) and, for row 4, the health, trust and
    /// commitment sections. Of the wellbeing scores this questionnaire asks only PHQ-2 and GAD-2, which the table
    /// does not read, and it asks nothing of the others, so the safety screen is all there is. A step that asks
    /// PHQ-9 item 9 or those sections would add them here.
    /// </remarks>
    public void FillSafety(IPartnerResponseBuilder partner)
    {
        if (Safety is { } safety)
        {
            partner.Safety(_ => safety);
        }
    }

    /// <inheritdoc />
    public override string ToString() => "PartnerAnswers { redacted }";
}
