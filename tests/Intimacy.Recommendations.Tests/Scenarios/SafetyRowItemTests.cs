using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// docs/safety.md, rules of application: the items each row requires first are "critical" for rows
/// 1–3, except row 2's specialist screening, which like the items of rows 4–6 is a "warning"; each is
/// for the partner whose answer applied the row, except behavioural couples therapy and discernment
/// counselling, which are for the couple. One fixed profile per row, the trigger given by one partner.
/// </summary>
public class SafetyRowItemTests
{
    public static TheoryData<string, string, Indicator, ItemAudience> Cases => new()
    {
        { "row 2: violence reported by A", SafetyPlanning.Id, Indicator.Critical, ItemAudience.PartnerA },
        { "row 2: violence reported by A", SafetyAdvocacy.Id, Indicator.Critical, ItemAudience.PartnerA },
        { "row 2: violence reported by A", SpecialistScreening.Id, Indicator.Warning, ItemAudience.PartnerA },
        { "row 3: thoughts of self-harm reported by B", UrgentMentalHealthAssessment.Id, Indicator.Critical, ItemAudience.PartnerB },
        { "row 3: thoughts of self-harm reported by B", CrisisLine.Id, Indicator.Critical, ItemAudience.PartnerB },
        { "row 4: an affair of B's neither disclosed nor ended", AffairIndividualCounselling.Id, Indicator.Warning, ItemAudience.PartnerB },
        { "row 4: substance misuse reported by A", AddictionTreatment.Id, Indicator.Warning, ItemAudience.PartnerA },
        { "row 4: substance misuse reported by A", BehaviouralCouplesTherapy.Id, Indicator.Warning, ItemAudience.Couple },
        { "row 4: B leaning out", DiscernmentCounselling.Id, Indicator.Warning, ItemAudience.Couple },
        { "row 5: pain during sex reported by A", PhysicianVisit.Id, Indicator.Warning, ItemAudience.PartnerA },
        { "row 5: a medicine with sexual side effects taken by B", PrescriberReview.Id, Indicator.Warning, ItemAudience.PartnerB },
        { "row 6: B left the fear question unanswered", SafetyScreening.Id, Indicator.Warning, ItemAudience.PartnerB },
    };

    private static CoupleProfile Profile(string row) => row switch
    {
        "row 2: violence reported by A" => Couples.Both(a => a.Safety(s => s with { ExperiencesViolence = true })),
        "row 3: thoughts of self-harm reported by B" => Couples.Both(null, b => b.Safety(s => s with { SelfHarmThoughts = true })),
        "row 4: an affair of B's neither disclosed nor ended" => Couples.Both(null, b => b.Trust(t => t with { BreachOccurred = true, Disclosed = false, Ended = false })),
        "row 4: substance misuse reported by A" => Couples.Both(a => a.Health(h => h with { SubstanceMisuse = true })),
        "row 4: B leaning out" => Couples.Both(a => a.Commitment(c => c with { LeaningOut = false }), b => b.Commitment(c => c with { LeaningOut = true })),
        "row 5: pain during sex reported by A" => Couples.Both(a => a.Health(h => h with { PainDuringSex = true })),
        "row 5: a medicine with sexual side effects taken by B" => Couples.Both(null, b => b.Health(h => h with { SexualSideEffectMedication = true })),
        "row 6: B left the fear question unanswered" => Couples.Both(null, b => b.Safety(s => s with { FearsPartner = null })),
        _ => throw new ArgumentOutOfRangeException(nameof(row), row, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RequiredItem_HasTheRowsUrgency_AndIsForThePartnerWhoseAnswerAppliedTheRow(string row, string interventionId, Indicator indicator, ItemAudience audience)
    {
        var plan = Engines.Default.Recommend(Profile(row));

        var item = plan.AllItems.Should().ContainSingle(i => i.InterventionId == interventionId, "{0} requires it", row).Subject;
        item.Indicator.Should().Be(indicator, "{0}", row);
        item.Audience.Should().Be(audience, "{0}", row);
    }
}
