using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Safety;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// Each danger sign of row 1 of docs/safety.md on its own: it calls for emergency services for the
/// partner at risk and defers everything else, and the signs other than self-harm (threats to kill,
/// strangulation, a weapon, escalating violence) also apply row 2, while the self-harm signs apply
/// row 3 and not row 2. The other safety answers are a clear "no", so the sign alone is the trigger.
/// </summary>
public class DangerSignTests
{
    private static readonly string Imminent = SafetyGates.Id(SafetyGate.ImminentDanger);
    private static readonly string Violence = SafetyGates.Id(SafetyGate.ViolenceOrCoercion);
    private static readonly string SelfHarm = SafetyGates.Id(SafetyGate.SelfHarmRisk);

    public static TheoryData<string> Signs => ["threatsToKill", "strangulation", "weapon", "violenceEscalating", "selfHarmPlan", "selfHarmIntent", "recentSelfHarmAttempt"];

    private static SafetyScreen With(SafetyScreen s, string sign) => sign switch
    {
        "threatsToKill" => s with { ThreatsToKill = true },
        // Strangulation and escalating violence cannot come with violence answered "no"; it is left
        // unanswered so that the danger sign is the only answer that can apply row 2.
        "strangulation" => s with { Strangulation = true, ExperiencesViolence = null },
        "weapon" => s with { Weapon = true },
        "violenceEscalating" => s with { ViolenceEscalating = true, ExperiencesViolence = null },
        // A self-harm plan, intent or attempt cannot come with thoughts of self-harm answered "no".
        "selfHarmPlan" => s with { SelfHarmPlan = true, SelfHarmThoughts = true },
        "selfHarmIntent" => s with { SelfHarmIntent = true, SelfHarmThoughts = true },
        "recentSelfHarmAttempt" => s with { RecentSelfHarmAttempt = true, SelfHarmThoughts = true },
        _ => throw new ArgumentOutOfRangeException(nameof(sign), sign, null),
    };

    private static bool IsSelfHarm(string sign) => sign.StartsWith("selfHarm", StringComparison.Ordinal) || sign == "recentSelfHarmAttempt";

    private static CoupleProfile Profile(string sign) => Couples.Both(
        a => a.Safety(s => With(s, sign))
              .View(v => v with { Contempt = Frequency.Often, SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }),
        b => b.View(v => v with { FeelsLikeRoommates = true }));

    [Theory]
    [MemberData(nameof(Signs))]
    public void DangerSignAlone_CallsForEmergencyServicesForThatPartner_AndDefersEverythingElse(string sign)
    {
        var plan = Engines.Default.Recommend(Profile(sign));

        plan.UrgentShouldBe(EmergencyServices.Id);
        plan.Urgent.Single().Audience.Should().Be(ItemAudience.PartnerA, "the emergency item is for the partner at risk");
        plan.Phases.Should().BeEmpty("everything else is deferred");
        plan.SupportShouldBeEmpty();
        plan.Withheld.Should().NotBeEmpty().And.OnlyContain(w => w.HeldBy == Imminent, "row 1 wins over every lower row");
        plan.Withheld.Select(w => w.InterventionId).Should().Contain(DailyCheckIn.Id, "the shared answers call for joint work, which waits");
        plan.Findings.Select(f => f.Code).Should().Contain(Imminent);
    }

    [Theory]
    [MemberData(nameof(Signs))]
    public void DangerSignAlone_AppliesRowTwoUnlessItIsASelfHarmSign_AndRowThreeIfItIs(string sign)
    {
        var codes = Engines.Default.Recommend(Profile(sign)).Findings.Select(f => f.Code).ToList();

        if (IsSelfHarm(sign))
        {
            codes.Should().Contain(SelfHarm).And.NotContain(Violence, "row 2 takes the danger signs other than self-harm");
        }
        else
        {
            codes.Should().Contain(Violence, "row 2 takes every danger sign of row 1 other than self-harm").And.NotContain(SelfHarm);
        }
    }

    [Theory]
    [MemberData(nameof(Signs))]
    public void DangerSignAnsweredPrivately_ShowsNothingToTheOtherPartnerOrTheCouple_AndNoJointItem(string sign)
    {
        var plan = Engines.Default.Recommend(Profile(sign));

        foreach (var audience in new[] { Audience.PartnerB, Audience.Couple })
        {
            var view = plan.ForAudience(audience);
            view.ShouldRevealNothingOf("$.partnerA.safety", [EmergencyServices.Id, SafetyPlanning.Id, UrgentMentalHealthAssessment.Id], Imminent, Violence, SelfHarm);
            view.UrgentShouldBeEmpty();
            view.WithheldShouldBeEmpty();
            view.Notices.Should().BeEmpty();
            view.AllItems.Should().BeEmpty("row 1 defers everything in every view, and nothing joint is suggested");
        }
    }
}
