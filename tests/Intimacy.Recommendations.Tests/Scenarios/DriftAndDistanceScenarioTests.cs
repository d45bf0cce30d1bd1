using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// Scenarios of couples who have drifted apart without any danger: routine, busy lives, conflict
/// habits, healthy couples and couples whose own attempts have stalled. Each comment says which seed
/// article (short names as in domain-notes.md) describes the situation.
/// </summary>
public class DriftAndDistanceScenarioTests
{
    private static readonly Core.Catalog.IntimacyCatalog Catalog = Engines.Default.Catalog;

    [Fact]
    public void Roommates_AfterYearsOfRoutine_GetReconnectionHabitsInStageOrder_AndNoTherapy()
    {
        // [spark] "Recognizing the Drift": partners who no longer fight but merely coexist, like
        // housemates; [rekindle] "The Emotional Consequences of Disconnection": roommates rather than
        // lovers; [restore] "Routine and Boredom": a predictable life where nothing new happens.
        var profile = Couples.Both(
            a => a.View(v => v with { FeelsLikeRoommates = true, ConflictFrequency = Frequency.Rarely, Novelty = Frequency.Rarely, Affection = Frequency.Rarely })
                  .Life(l => l with { StuckInRoutine = true }),
            b => b.View(v => v with { FeelsLikeRoommates = true, ConflictFrequency = Frequency.Rarely, SharedActivities = Frequency.Rarely, Trend = Trend.Stable }),
            r => r with { LengthYears = 14, LivingTogether = true });

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBeEmpty();
        plan.PhasesShouldBe(PlanStage.EmotionalFoundation, PlanStage.NonSexualAffection, PlanStage.Maintenance);
        plan.PhaseShouldContain(PlanStage.EmotionalFoundation, DailyCheckIn.Id, MeaningfulConversations.Id, DateNights.Id);
        plan.ShouldNotRecommend(SexualNovelty.Id, ScheduledIntimacy.Id);
        plan.PhaseShouldContain(PlanStage.NonSexualAffection, EverydayAffection.Id, Cuddling.Id);
        plan.PhaseShouldContain(PlanStage.Maintenance, NovelActivities.Id, WeeklyCheckIn.Id);
        plan.ShouldNotRecommend(CouplesTherapy.Id, SexTherapy.Id, SafetyScreening.Id, PhysicianVisit.Id);
        plan.Notices.Should().BeEmpty();
        plan.WithheldShouldBeEmpty();
        plan.Findings.Select(f => f.Code).Should().Contain(["sign.parallel-lives", "barrier.routine-and-boredom", "sign.little-affection"]);
        plan.ShouldExplainEverything();
    }

    [Fact]
    public void NewParents_WithNoTime_GetProtectedTimeAndSelfCare_AndPostpartumChangeGoesToAPhysicianBeforeSexTherapy()
    {
        // [restore] "Common Reasons for Lost Intimacy: Busy Lifestyles": caring for children eats
        // the time and energy a couple has; [spark] "Recognizing the Drift": parenting masks the
        // distance; [rekindle] "Understanding Why Intimacy Fades": exhaustion and hormonal changes.
        var profile = Couples.Both(
            a => a.Life(l => l with { NewParent = true, CaresForChildren = true, Exhausted = true, StressLevel = 4 })
                  .Health(h => h with { HormonalChange = true })
                  .View(v => v with { QualityTimeHoursPerWeek = 1, SexPerYear = 6, SexFrequencyFeeling = SexFrequencyFeeling.Content }),
            b => b.Life(l => l with { NewParent = true, CaresForChildren = true, WorkHoursPerWeek = 55 })
                  .View(v => v with { QualityTimeHoursPerWeek = 1, SexPerYear = 6, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }),
            r => r with { ChildrenAtHome = true });

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldStartWith(PhysicianVisit.Id);
        plan.ShouldRankAbove(PhysicianVisit.Id, SexTherapy.Id);
        plan.Item(PhysicianVisit.Id).Audience.Should().Be(ItemAudience.PartnerA);
        plan.PhasesShouldBe(PlanStage.EmotionalFoundation, PlanStage.SexualReconnection, PlanStage.Maintenance);
        plan.PhaseShouldContain(PlanStage.EmotionalFoundation, DateNights.Id, StressManagement.Id);
        plan.PhaseShouldContain(PlanStage.SexualReconnection, ScheduledIntimacy.Id, TalkAboutDesires.Id);
        plan.ShouldNotRecommend(CouplesTherapy.Id, EmotionallyFocusedTherapy.Id, SafetyScreening.Id);
        plan.Notices.Select(n => n.GateId).Should().Equal("gate.medical-first");
        plan.SexualItemsShouldRequireConsentWithoutPressure(Catalog);
        plan.ShouldExplainEverything();
    }

    [Fact]
    public void BusyLongDistanceCouple_WithLittleQualityTime_GetsSharedTimeAndNovelty_NotTherapy()
    {
        // [restore] "Busy Lifestyles" and FAQ 2 (busy schedules leave little time together);
        // [rebuild-emotional] "Disconnected Lives": daily lives that barely overlap.
        var profile = Couples.Both(
            a => a.View(v => v with { QualityTimeHoursPerWeek = 0.5, SharedActivities = Frequency.Rarely }).Life(l => l with { WorkHoursPerWeek = 60 }),
            b => b.View(v => v with { QualityTimeHoursPerWeek = 1 }),
            r => r with { LivingTogether = false });

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBeEmpty();
        plan.PhasesShouldBe(PlanStage.EmotionalFoundation, PlanStage.Maintenance);
        plan.PhaseShouldContain(PlanStage.EmotionalFoundation, DateNights.Id, SharedHobby.Id, JointProject.Id);
        plan.ShouldNotRecommend(SexualNovelty.Id, ScheduledIntimacy.Id);
        plan.Item(StressManagement.Id).Audience.Should().Be(ItemAudience.PartnerA, "only partner A works long hours");
        plan.PhaseShouldContain(PlanStage.Maintenance, NovelActivities.Id, TravelTogether.Id);
        plan.ShouldNotRecommend(CouplesTherapy.Id, OnlineCouplesCounselling.Id, SexTherapy.Id);
        plan.Findings.Select(f => f.Id).Should().Contain(["barrier.long-work-hours:partnerA", "barrier.disconnected-lives:partnerB"])
            .And.NotContain("barrier.long-work-hours:partnerB");
    }

    [Fact]
    public void CriticismAndContempt_WithCsi4Distress_GetCouplesTherapyAndEftInSupport_AndListeningFirst()
    {
        // [rebuild-emotional] "Hostile Interactions": anger, criticism and contempt wear intimacy
        // down; [restore] "Couples Therapy: When and Why": persistent conflict and communication
        // breakdown; domain-notes §3 (Gottman's four horsemen, EFT).
        var profile = Couples.Both(
            a => a.View(v => v with { Contempt = Frequency.Sometimes, Criticism = Frequency.Often }).RelationshipScores(r => r with { Csi4 = 10 }),
            b => b.View(v => v with { Defensiveness = Frequency.Often }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(CouplesTherapy.Id, EmotionallyFocusedTherapy.Id, OnlineCouplesCounselling.Id, OnlineProgramme.Id);
        plan.PhasesShouldBe(PlanStage.EmotionalFoundation, PlanStage.Maintenance);
        plan.PhaseShouldContain(PlanStage.EmotionalFoundation, ActiveListening.Id, EmpathicResponse.Id, AppreciationAndGratitude.Id);
        plan.Item(CouplesTherapy.Id).Reasons.Should().Contain(r => r.Threshold == "CSI-4 below 13.5" && r.InputPaths.Contains("$.partnerA.relationshipScores.csi4"));
        plan.ShouldNotRecommend(SexTherapy.Id, SensateFocus.Id, SafetyScreening.Id);
        plan.WithheldShouldBeEmpty();
        plan.ForAudience(Audience.Couple).Support.Should().HaveCount(4, "every reason here rests on shared answers");
    }

    [Fact]
    public void PairGaps_GetConversationsAndAWeeklyReview_AndSmallGapsAreIgnored()
    {
        // domain-notes §1 "Dimensions of intimacy": PAIR compares how intimacy is with how each
        // partner wants it, and partner gaps under five points rarely matter; [restore] "Regular
        // Check-ins": a weekly talk about what each wants.
        var profile = Couples.Both(
            a => a.RelationshipScores(r => r with
            {
                Pair = new PairScores
                {
                    Emotional = new PairDimensionScore { Realized = 40, Ideal = 70 },
                    Recreational = new PairDimensionScore { Realized = 30, Ideal = 45 },
                    Social = new PairDimensionScore { Realized = 50, Ideal = 55 },
                },
            }),
            b => b.RelationshipScores(r => r with
            {
                Pair = new PairScores
                {
                    Emotional = new PairDimensionScore { Realized = 60, Ideal = 70 },
                    Social = new PairDimensionScore { Realized = 53, Ideal = 55 },
                },
            }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBeEmpty();
        plan.PhasesShouldBe(PlanStage.EmotionalFoundation, PlanStage.Maintenance);
        plan.PhaseShouldContain(PlanStage.EmotionalFoundation, MeaningfulConversations.Id);
        plan.PhaseShouldContain(PlanStage.Maintenance, WeeklyCheckIn.Id);
        plan.Findings.Select(f => f.Id).Should().BeEquivalentTo(["instrument.pair-gap.emotional:partnerA", "dyadic.pair-partner-gap"],
            "the recreational gap of 15 is under the 20-point default and the social partner gap of 3 is under 5");
        plan.Item(WeeklyCheckIn.Id).Reasons.Should().Contain(r => r.RuleName == "Recommend.PairGaps");
        plan.ShouldNotRecommend(CouplesTherapy.Id);
    }

    public static TheoryData<string> ContentCouplesWithBusyOrRoutineLives => ["long work hours", "new parents", "routine"];

    [Theory]
    [MemberData(nameof(ContentCouplesWithBusyOrRoutineLives))]
    public void BusyOrRoutineLives_OfACoupleContentWithLittleSex_GetSharedTime_ButNothingSexual(string situation)
    {
        // [restore] "Common Reasons for Lost Intimacy": long hours, children and routine crowd out
        // time together, which calls for protected and new shared time. domain-notes §5: a couple
        // content with little sex is not a problem to fix, so nothing sexual is proposed to them.
        Func<LifeCircumstances, LifeCircumstances> life = situation switch
        {
            "long work hours" => l => l with { WorkHoursPerWeek = 60 },
            "new parents" => l => l with { NewParent = true, CaresForChildren = true },
            _ => l => l with { StuckInRoutine = true },
        };
        var profile = Couples.Both(
            a => a.Life(life).View(v => v with { SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.Content }),
            b => b.View(v => v with { SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.Content }));

        var plan = Engines.Default.Recommend(profile);

        plan.AllItems.Should().NotBeEmpty();
        plan.AllItems.Where(i => Catalog.Interventions.Single(x => x.Id == i.InterventionId).IsSexual).Select(i => i.InterventionId)
            .Should().BeEmpty("nobody in this couple has a sexual concern");
        plan.Phases.Select(p => p.Stage).Should().NotContain(PlanStage.SexualReconnection);
        plan.AllItems.Select(i => i.InterventionId).Should().Contain(situation == "routine" ? NovelActivities.Id : DateNights.Id);
    }

    [Fact]
    public void SexualNovelty_ComesFromASexualConcern_NotFromRoutine()
    {
        // [therapist-guide] "How to Reconnect Sexually": experimenting with something new, once the
        // couple is reconnecting; domain-notes §5: only when a partner is unhappy with rare sex.
        var profile = Couples.Both(
            a => a.Life(l => l with { StuckInRoutine = true }).View(v => v with { SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }));

        var plan = Engines.Default.Recommend(profile);

        plan.Item(SexualNovelty.Id).Reasons.Select(r => r.RuleName).Should().Equal("Recommend.SexualReconnection");
        plan.SexualItemsShouldRequireConsentWithoutPressure(Catalog);
    }

    [Fact]
    public void ContentCoupleWithLittleSex_IsNotASexlessWarningSign_AndGetsPreventionOnly()
    {
        // [rekindle] "Understanding Why Intimacy Fades" counts fewer than 10 encounters a year as a
        // no-intimacy relationship; domain-notes §5: that is a warning sign only when a partner is
        // unhappy with it, and a couple content with little sex is not a problem to fix.
        var profile = Couples.Alike(p => p.View(v => v with
        {
            SexPerYear = 4,
            SexFrequencyFeeling = SexFrequencyFeeling.Content,
            Satisfaction = new DimensionSatisfaction { Sexual = 4, Emotional = 5 },
        }));

        var plan = Engines.Default.Recommend(profile);

        plan.Findings.Should().BeEmpty();
        plan.UrgentShouldBeEmpty();
        plan.PhasesShouldBe(PlanStage.Maintenance);
        plan.SupportShouldBe(RelationshipReading.Id, RelationshipReading.Id, RelationshipWorkshop.Id);
        plan.ShouldNotRecommend(SexTherapy.Id, SensateFocus.Id, GoingSlowly.Id, TalkAboutDesires.Id, ScheduledIntimacy.Id);
        plan.AllItems.SelectMany(i => i.Reasons).Should().OnlyContain(r => r.RuleName == "Recommend.Prevention");
    }

    [Fact]
    public void HealthyCouple_GetsPreventionOnly()
    {
        // [rekindle] "The Role of Couples Therapy": many couples seek help as preventive upkeep;
        // [restore] "Maintaining Intimacy Long-Term": consistency and continuous learning.
        var profile = Couples.Alike(p => p.View(v => v with
        {
            SexPerYear = 60,
            Affection = Frequency.Often,
            FeelsAppreciated = Frequency.Often,
            SharedActivities = Frequency.Often,
            ConflictFrequency = Frequency.Rarely,
            ConflictsResolved = Frequency.Often,
            EaseTalkingAboutFeelings = 4,
            FeelsEmotionallySafe = true,
            Trend = Trend.Improving,
        }).RelationshipScores(r => r with { Csi4 = 19 }));

        var plan = Engines.Default.Recommend(profile);

        plan.Findings.Should().BeEmpty();
        plan.Notices.Should().BeEmpty();
        plan.UrgentShouldBeEmpty();
        plan.PhasesShouldBe(PlanStage.Maintenance);
        plan.Phases.Single().Items.Select(i => i.InterventionId).Should().Equal(WeeklyCheckIn.Id);
        plan.SupportShouldBe(RelationshipReading.Id, RelationshipReading.Id, RelationshipWorkshop.Id);
        plan.WithheldShouldBeEmpty();
        plan.ShouldExplainEverything();
    }

    [Fact]
    public void SelfHelpForTenWeeksWithoutChange_EscalatesToCouplesTherapy_CitingTheEightWeekThreshold()
    {
        // [restore] FAQ 7: seek professional help when attempts on your own have not worked;
        // [rebuild-emotional] FAQ: a decline that does not improve with time. The 8 weeks are the
        // project's default (RecommendationOptions.EscalationWeeks).
        var profile = Couples.Both(a => a.History(h => h with { SelfHelpTried = true, SelfHelpWeeks = 10, SelfHelpOutcome = SelfHelpOutcome.NoChange }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(CouplesTherapy.Id, OnlineCouplesCounselling.Id, RelationshipWorkshop.Id);
        plan.Item(CouplesTherapy.Id).Reasons.Should().Contain(r =>
            r.RuleName == "Recommend.Escalation" && r.Threshold == "8 weeks or more of self-help without a reported improvement"
            && r.FindingIds.Contains("history.self-help-not-enough:partnerA"));
        plan.PhasesShouldBe(PlanStage.Maintenance);

        // With a longer escalation window the weeks no longer count, though the stalled self-help still does.
        var patient = Engines.With(o => o.EscalationWeeks = 12).Recommend(profile);
        patient.Findings.Select(f => f.Code).Should().NotContain("history.self-help-not-enough").And.Contain("sign.self-help-not-working");
        patient.Item(CouplesTherapy.Id).Reasons.Should().NotContain(r => r.Threshold != null && r.Threshold.Contains("weeks", StringComparison.Ordinal));
    }
}
