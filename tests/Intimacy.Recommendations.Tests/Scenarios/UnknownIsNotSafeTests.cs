using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Safety;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// docs/safety.md: "Unknown is never read as safe. A missing safety screen triggers row 6; it never
/// clears rows 1–3." Each profile leaves part or all of partner A's safety screen unanswered and gives
/// one answer that applies a higher row; both that row and row 6 apply, and the higher row wins.
/// </summary>
public class UnknownIsNotSafeTests
{
    private static readonly string Imminent = SafetyGates.Id(SafetyGate.ImminentDanger);
    private static readonly string Violence = SafetyGates.Id(SafetyGate.ViolenceOrCoercion);
    private static readonly string SelfHarm = SafetyGates.Id(SafetyGate.SelfHarmRisk);
    private static readonly string NotScreened = SafetyGates.Id(SafetyGate.SafetyNotScreened);

    private static CoupleProfile WithA(Action<IPartnerResponseBuilder> a) =>
        CoupleProfileBuilder.Create()
            .WithPartnerA(33, p => { a(p); p.View(v => v with { SexPerYear = 3, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, Affection = Frequency.Rarely }); })
            .WithPartnerB(34, p => p.Safety(Couples.ClearScreen).View(v => v with { FeelsLikeRoommates = true }))
            .Build();

    [Fact]
    public void NoSafetyScreen_ButAPhq9Item9Of2_StillAppliesRowThree()
    {
        var plan = Engines.Default.Recommend(WithA(a => a.WellbeingScores(w => w with { Phq9 = 12, Phq9Item9 = 2 })));

        plan.Findings.Select(f => f.Code).Should().Contain([SelfHarm, NotScreened]);
        plan.UrgentShouldBe(UrgentMentalHealthAssessment.Id, CrisisLine.Id);
        plan.Urgent.Should().OnlyContain(i => i.Audience == ItemAudience.PartnerA);
        plan.Phases.Select(p => p.Stage).Should().NotContain(PlanStage.SexualReconnection);
        plan.ShouldWithhold(SensateFocus.Id, SelfHarm);
    }

    [Fact]
    public void ViolenceReported_WithFearAndControlUnanswered_AppliesRowTwo_WhichWinsOverRowSix()
    {
        var plan = Engines.Default.Recommend(WithA(a => a.Safety(s => s with { ExperiencesViolence = true, SelfHarmThoughts = false })));

        plan.Findings.Select(f => f.Code).Should().Contain([Violence, NotScreened]);
        plan.UrgentShouldBe(SafetyPlanning.Id, SafetyAdvocacy.Id);
        plan.ShouldRecommendNothingJoint(Engines.Default.Catalog);
        plan.Withheld.Should().NotBeEmpty("the shared answers call for joint work");
        plan.Withheld.Where(w => w.InterventionId != SafetyScreening.Id).Should()
            .OnlyContain(w => w.HeldBy == Violence || w.HeldBy == Core.Interventions.Contraindication.Violence.Id, "row 2 wins over row 6: {0}",
                string.Join(", ", plan.Withheld.Select(w => w.InterventionId + " by " + w.HeldBy)));
    }

    [Fact]
    public void ThreatsToKill_WithEveryOtherSafetyQuestionUnanswered_AppliesRowOne()
    {
        var plan = Engines.Default.Recommend(WithA(a => a.Safety(s => s with { ThreatsToKill = true })));

        plan.Findings.Select(f => f.Code).Should().Contain([Imminent, Violence, NotScreened]);
        plan.UrgentShouldBe(EmergencyServices.Id);
        plan.Phases.Should().BeEmpty();
        plan.SupportShouldBeEmpty();
        plan.Withheld.Should().NotBeEmpty().And.OnlyContain(w => w.HeldBy == Imminent);
    }
}
