using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Safety;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// Scenarios for the rows of the safety table (docs/safety.md): danger, violence, self-harm, mood
/// screens and missing screens. The seeds touch these only lightly (feeling emotionally unsafe,
/// aggression as a breach of trust, depression); the handling follows domain-notes §3.
/// </summary>
public class SafetyScenarioTests
{
    private static readonly Core.Catalog.IntimacyCatalog Catalog = Engines.Default.Catalog;
    private static readonly string Imminent = SafetyGates.Id(SafetyGate.ImminentDanger);
    private static readonly string Violence = SafetyGates.Id(SafetyGate.ViolenceOrCoercion);
    private static readonly string SelfHarm = SafetyGates.Id(SafetyGate.SelfHarmRisk);
    private static readonly string NotScreened = SafetyGates.Id(SafetyGate.SafetyNotScreened);

    [Fact]
    public void ViolenceReportedPrivatelyByA_PutsSafetyPlanningFirstForA_WithholdsEveryJointItem_AndHidesItFromBAndTheCouple()
    {
        // [rebuild-emotional] "Trust Violations" counts aggression among breaches, and its FAQ names
        // feeling emotionally unsafe as a reason for help; domain-notes §3: with violence, fear or
        // control, joint work waits for a specialist and safety planning comes first.
        var profile = Couples.Both(
            a => a.Safety(s => s with { ExperiencesViolence = true, FearsPartner = true }),
            b => b.View(v => v with { Contempt = Frequency.Often, Affection = Frequency.Rarely }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBe(SafetyPlanning.Id, SafetyAdvocacy.Id);
        plan.Urgent.Should().OnlyContain(i => i.Audience == ItemAudience.PartnerA && i.Contacts.Count > 0);
        plan.SupportShouldStartWith(SpecialistScreening.Id);
        plan.ShouldRecommendNothingJoint(Catalog);
        plan.ShouldWithhold(CouplesTherapy.Id, Violence);
        plan.ShouldWithhold(EverydayAffection.Id, Violence);
        plan.ShouldWithhold(ActiveListening.Id, Violence);
        plan.ShouldWithhold(AppreciationAndGratitude.Id, Core.Interventions.Contraindication.Violence.Id);
        plan.PhasesShouldBe(PlanStage.Maintenance);

        var forA = plan.ForAudience(Audience.PartnerA);
        forA.UrgentShouldBe(SafetyPlanning.Id, SafetyAdvocacy.Id);
        forA.Notices.Select(n => n.GateId).Should().Equal(Violence);

        foreach (var audience in new[] { Audience.PartnerB, Audience.Couple })
        {
            var view = plan.ForAudience(audience);
            view.ShouldRevealNothingOf("$.partnerA.safety", [SafetyPlanning.Id, SafetyAdvocacy.Id, SpecialistScreening.Id, CouplesTherapy.Id, EverydayAffection.Id], Violence);
            view.Notices.Should().BeEmpty();
            view.UrgentShouldBeEmpty();
            view.WithheldShouldBeEmpty();
            view.SupportShouldBeEmpty();
            view.PhasesShouldKeepStageOrder();
        }
    }

    [Fact]
    public void ViolenceReportedByA_WithholdsForgivenessAndAppreciation_FromBothPartners()
    {
        // [therapist-guide] suggests forgiveness and appreciation for resentment and harsh criticism;
        // domain-notes §3: with violence, safety work comes first. Forgiveness' own caution says it is
        // not asked of someone being abused, and warmth offered to the partner waits likewise.
        var profile = Couples.Both(
            a => a.Safety(s => s with { ExperiencesViolence = true })
                  .View(v => v with { Criticism = Frequency.Often })
                  .Personal(p => p with { LingeringResentment = true }));
        var withoutViolence = Couples.Both(
            a => a.View(v => v with { Criticism = Frequency.Often }).Personal(p => p with { LingeringResentment = true }));

        var plan = Engines.Default.Recommend(profile);

        Engines.Default.Recommend(withoutViolence).AllItems.Select(i => i.InterventionId)
            .Should().Contain([Forgiveness.Id, AppreciationAndGratitude.Id], "the same answers without violence call for them");
        plan.ShouldWithhold(Forgiveness.Id, Core.Interventions.Contraindication.Violence.Id);
        plan.ShouldWithhold(AppreciationAndGratitude.Id, Core.Interventions.Contraindication.Violence.Id);
        plan.UrgentShouldBe(SafetyPlanning.Id, SafetyAdvocacy.Id);

        foreach (var audience in new[] { Audience.PartnerA, Audience.PartnerB, Audience.Couple })
        {
            plan.ForAudience(audience).ShouldNotRecommend(Forgiveness.Id, AppreciationAndGratitude.Id);
        }
    }

    [Fact]
    public void ViolenceReportedByBothPartners_KeepsEachReportToItsReporter_AndTheCoupleViewListsNothingWithheld()
    {
        // domain-notes §3: violence is reported by half or more of couples seeking help, often by
        // both partners, and each is assessed separately; [rebuild-emotional] "Hostile
        // Interactions" gives the shared answers that would otherwise call for joint work.
        var profile = Couples.Both(
            a => a.Safety(s => s with { ExperiencesViolence = true }).View(v => v with { Criticism = Frequency.VeryOften }),
            b => b.Safety(s => s with { CoerciveControl = true }).View(v => v with { Affection = Frequency.Never }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBe(SafetyPlanning.Id, SafetyPlanning.Id, SafetyAdvocacy.Id, SafetyAdvocacy.Id);
        plan.SupportShouldStartWith(SpecialistScreening.Id, SpecialistScreening.Id);
        plan.PhasesShouldBe(PlanStage.Maintenance);
        plan.ShouldRecommendNothingJoint(Catalog);
        plan.ShouldWithhold(CouplesTherapy.Id, Violence);
        plan.ShouldWithhold(EverydayAffection.Id, Violence);

        var couple = plan.ForAudience(Audience.Couple);
        couple.ShouldRevealNothingOf("$.partnerA.safety", [CouplesTherapy.Id, EverydayAffection.Id, SafetyPlanning.Id], Violence);
        couple.ShouldRevealNothingOf("$.partnerB.safety", [SafetyPlanning.Id, SafetyAdvocacy.Id, SpecialistScreening.Id]);
        couple.WithheldShouldBeEmpty();
        couple.UrgentShouldBeEmpty();

        foreach (var (audience, other) in new[] { (Audience.PartnerA, "$.partnerB.safety"), (Audience.PartnerB, "$.partnerA.safety") })
        {
            var view = plan.ForAudience(audience);
            view.ShouldRevealNothingOf(other, []);
            view.Notices.Should().ContainSingle().Which.GateId.Should().Be(Violence);
            view.Urgent.Select(i => i.Audience.ToString()).Should().OnlyContain(a => a == audience.ToString());
            // Each partner sees the joint items on hold because of their own report, and nothing of the other's.
            view.Withheld.Should().Contain(w => w.InterventionId == CouplesTherapy.Id && w.HeldBy == Violence);
            view.Withheld.SelectMany(w => w.Reasons).Should().OnlyContain(r => r.Disclosure.IsVisibleTo(audience));
            view.Withheld.Should().OnlyContain(w => !w.Disclosure.IsShared, "what holds them back is private to each partner");
        }
    }

    [Fact]
    public void Strangulation_CallsForEmergencyServicesOnly_AndDefersEverythingElse()
    {
        // domain-notes §3: strangulation is a sign of imminent danger, which means emergency
        // services now; docs/safety.md row 1: everything else is deferred, and where two rows touch
        // the same item the higher row wins. The shared answers come from [rebuild-emotional]
        // "Hostile Interactions" and [rekindle] "Understanding Why Intimacy Fades".
        var profile = Couples.Both(
            a => a.Safety(s => s with { Strangulation = true, ExperiencesViolence = true })
                  .View(v => v with { Contempt = Frequency.Often, SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }),
            b => b.View(v => v with { FeelsLikeRoommates = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBe(EmergencyServices.Id);
        var emergency = plan.Urgent.Single();
        emergency.Audience.Should().Be(ItemAudience.PartnerA);
        emergency.Contacts.Should().NotBeEmpty().And.OnlyContain(c => c.Instructions.Contains("local emergency number", StringComparison.Ordinal));
        plan.Phases.Should().BeEmpty();
        plan.SupportShouldBeEmpty();
        plan.Withheld.Should().NotBeEmpty().And.OnlyContain(w => w.HeldBy == Imminent, "the higher row wins");
        plan.Withheld.Select(w => w.InterventionId).Should().Contain([SafetyPlanning.Id, SafetyAdvocacy.Id, SpecialistScreening.Id, CouplesTherapy.Id, SensateFocus.Id, DailyCheckIn.Id]);
        plan.Notices.Select(n => n.GateId).Should().Equal([Imminent], "the violence row's notice waits with every other step");
        plan.Findings.Select(f => f.Code).Should().Contain([Imminent, Violence], "both rows are still recorded");

        foreach (var audience in new[] { Audience.PartnerB, Audience.Couple })
        {
            var view = plan.ForAudience(audience);
            view.ShouldRevealNothingOf("$.partnerA.safety", [EmergencyServices.Id, SafetyPlanning.Id], Imminent, Violence);
            view.UrgentShouldBeEmpty();
            view.WithheldShouldBeEmpty();
            view.Notices.Should().BeEmpty();
        }
    }

    [Fact]
    public void SelfHarmPlanOfA_AndFearReportedByB_KeepB_sOwnSafetyItems_AndNeitherLearnsOfTheOther()
    {
        // domain-notes §3 and §5: each partner is screened separately and their answers stay
        // theirs. A's self-harm plan is imminent danger for A; B's fear of A calls for B's own
        // safety planning, which A's emergency must not cancel or reveal.
        var profile = Couples.Both(
            a => a.Safety(s => s with { SelfHarmPlan = true, SelfHarmThoughts = true }),
            b => b.Safety(s => s with { FearsPartner = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBe(EmergencyServices.Id, SafetyPlanning.Id, SafetyAdvocacy.Id);
        plan.Urgent[0].Audience.Should().Be(ItemAudience.PartnerA);
        plan.Urgent.Skip(1).Should().OnlyContain(i => i.Audience == ItemAudience.PartnerB);
        plan.ShouldWithhold(UrgentMentalHealthAssessment.Id, Imminent);
        plan.Phases.Should().BeEmpty();

        // Row 2's specialist screening is one of B's own safety items, so A's emergency does not defer it.
        plan.SupportShouldBe(SpecialistScreening.Id);
        plan.Item(SpecialistScreening.Id).Audience.Should().Be(ItemAudience.PartnerB);
        plan.Withheld.Should().NotContain(w => w.InterventionId == SpecialistScreening.Id);

        var forA = plan.ForAudience(Audience.PartnerA);
        forA.ShouldRevealNothingOf("$.partnerB.safety", [SafetyPlanning.Id, SafetyAdvocacy.Id, SpecialistScreening.Id], Violence);
        forA.UrgentShouldBe(EmergencyServices.Id);

        var forB = plan.ForAudience(Audience.PartnerB);
        forB.ShouldRevealNothingOf("$.partnerA.safety", [EmergencyServices.Id, UrgentMentalHealthAssessment.Id, CrisisLine.Id], Imminent, SelfHarm);
        forB.UrgentShouldBe(SafetyPlanning.Id, SafetyAdvocacy.Id);
        forB.SupportShouldBe(SpecialistScreening.Id);

        var couple = plan.ForAudience(Audience.Couple);
        couple.ShouldRevealNothingOf("$.partner", [], Imminent, Violence, SelfHarm);
        couple.WithheldShouldBeEmpty();
        couple.UrgentShouldBeEmpty();
    }

    [Fact]
    public void Phq9Item9AnsweredOneWithATotalOf8_CallsForAnUrgentAssessment_AndWithholdsSexualItems()
    {
        // [rebuild-emotional] "Mental Health Considerations": depression dulls feeling and desire;
        // domain-notes §2/§3: any PHQ-9 item 9 answer above 0 calls for a suicide-risk assessment
        // whatever the total (8 is below the moderate band, so no depression finding).
        var profile = Couples.Both(
            a => a.WellbeingScores(w => w with { Phq9 = 8, Phq9Item9 = 1 })
                  .View(v => v with { SexPerYear = 3, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, Affection = Frequency.Rarely }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBe(UrgentMentalHealthAssessment.Id, CrisisLine.Id);
        plan.Urgent.Should().OnlyContain(i => i.Audience == ItemAudience.PartnerA);
        plan.Item(UrgentMentalHealthAssessment.Id).Reasons.Should().Contain(r => r.Threshold == "PHQ-9 item 9 above 0, or thoughts of self-harm");
        plan.Findings.Select(f => f.Code).Should().NotContain("instrument.phq9-moderate");
        plan.Phases.Select(p => p.Stage).Should().NotContain(PlanStage.SexualReconnection);
        plan.PhasesShouldBe(PlanStage.NonSexualAffection, PlanStage.Maintenance);
        plan.AllItems.Should().NotContain(i => Catalog.Interventions.Single(x => x.Id == i.InterventionId).IsSexual);
        plan.ShouldWithhold(SensateFocus.Id, SelfHarm);
        plan.ShouldWithhold(SexTherapy.Id, SelfHarm);
        plan.ShouldWithhold(TalkAboutDesires.Id, SelfHarm);
        plan.SupportShouldBeEmpty();

        foreach (var audience in new[] { Audience.PartnerB, Audience.Couple })
        {
            var view = plan.ForAudience(audience);
            view.ShouldRevealNothingOf("$.partnerA.wellbeingScores", [UrgentMentalHealthAssessment.Id, CrisisLine.Id, SensateFocus.Id], SelfHarm);
            view.UrgentShouldBeEmpty();
            view.PhasesShouldBe(PlanStage.NonSexualAffection, PlanStage.Maintenance);
        }
    }

    [Fact]
    public void Phq2Of4_IsAPositiveScreen_ThatCallsForFollowUpAndIndividualTherapy_PrivatelyToThatPartner()
    {
        // [rebuild-emotional] "Mental Health Considerations" and FAQ "individual or couples
        // therapy"; domain-notes §2: a PHQ-2 of 3 or more is a positive screen to follow with the PHQ-9.
        var profile = Couples.Both(a => a.WellbeingScores(w => w with { Phq2 = 4 }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldStartWith(IndividualTherapy.Id);
        plan.Item(IndividualTherapy.Id).Audience.Should().Be(ItemAudience.PartnerA);
        plan.Findings.Should().ContainSingle(f => f.Code == "instrument.phq2-positive")
            .Which.Title.Should().Contain("PHQ-9 should follow");
        plan.PhasesShouldBe(PlanStage.Maintenance);

        var forA = plan.ForAudience(Audience.PartnerA);
        forA.SupportShouldStartWith(IndividualTherapy.Id);

        // Only shared answers shape what the couple sees: nothing shared is wrong, so it is prevention.
        var couple = plan.ForAudience(Audience.Couple);
        couple.ShouldRevealNothingOf("$.partnerA.wellbeingScores", [IndividualTherapy.Id]);
        couple.SupportShouldBe(RelationshipReading.Id, RelationshipReading.Id, RelationshipWorkshop.Id);
        couple.PhasesShouldBe(PlanStage.Maintenance);
    }

    [Fact]
    public void SafetyNotScreened_PutsAPrivateScreeningBeforeEveryJointProfessionalRoute()
    {
        // domain-notes §3: violence is common among couples seeking help and many therapists do not
        // screen; docs/safety.md row 6. Partner A answered the violence questions but not the
        // self-harm one; the couple's distress ([restore] "Couples Therapy: When and Why") calls
        // for couples therapy.
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(33, a => a.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false })
                                    .RelationshipScores(r => r with { Csi4 = 8 }))
            .WithPartnerB(35, b => b.Safety(Couples.ClearScreen))
            .Build();

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldStartWith(SafetyScreening.Id);
        plan.PhasesShouldBe();
        plan.Item(SafetyScreening.Id).Audience.Should().Be(ItemAudience.PartnerA);
        plan.Notices.Should().ContainSingle().Which.GateId.Should().Be(NotScreened);

        // The screening rests on partner A's private answers, so the couple's view and partner B's cannot
        // show it: the joint routes wait in every view rather than appear there without it.
        plan.ShouldWithhold(CouplesTherapy.Id, NotScreened);
        plan.ShouldWithhold(EmotionallyFocusedTherapy.Id, NotScreened);
        plan.ShouldWithhold(OnlineCouplesCounselling.Id, NotScreened);
        foreach (var audience in new[] { Audience.Couple, Audience.PartnerA, Audience.PartnerB })
        {
            plan.ForAudience(audience).ShouldNotRecommend(CouplesTherapy.Id, EmotionallyFocusedTherapy.Id, OnlineCouplesCounselling.Id);
        }

        plan.ForAudience(Audience.PartnerA).ShouldWithhold(CouplesTherapy.Id, NotScreened);
        plan.ForAudience(Audience.Couple).ShouldRevealNothingOf("$.partnerA.safety", [SafetyScreening.Id, CouplesTherapy.Id], NotScreened);
    }

    [Fact]
    public void NobodyScreened_WithholdsConjointTherapy_UntilEachPartnerHasAPrivateScreening()
    {
        // As above (domain-notes §3), with no safety answers at all: joint therapy waits for the
        // screenings, which each partner sees only for themself.
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(33, a => a.RelationshipScores(r => r with { Csi4 = 8 }))
            .WithPartnerB(35)
            .Build();

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(SafetyScreening.Id, SafetyScreening.Id, OnlineProgramme.Id);
        plan.PhasesShouldBe();
        plan.Support.Take(2).Select(i => i.Audience).Should().Equal(ItemAudience.PartnerA, ItemAudience.PartnerB);
        plan.ShouldWithhold(CouplesTherapy.Id, Core.Interventions.Contraindication.SafetyNotScreened.Id);
        plan.ShouldWithhold(EmotionallyFocusedTherapy.Id, Core.Interventions.Contraindication.SafetyNotScreened.Id);

        plan.ForAudience(Audience.PartnerA).SupportShouldBe(SafetyScreening.Id, OnlineProgramme.Id);
        plan.ForAudience(Audience.PartnerB).SupportShouldBe(SafetyScreening.Id, OnlineProgramme.Id);
        var couple = plan.ForAudience(Audience.Couple);
        couple.SupportShouldBe(OnlineProgramme.Id);
        couple.ShouldRevealNothingOf("$.partnerA.safety", [SafetyScreening.Id, CouplesTherapy.Id], NotScreened);
    }

    [Fact]
    public void OneRespondentProfile_IsValid_ScreensTheAbsentPartner_AndHoldsConjointTherapyBackUntilThen()
    {
        // domain-notes §5: a profile may come from one partner only; the absent partner has not been
        // screened (docs/safety.md row 6), so conjoint therapy waits as it does for a partner who
        // skipped the safety questions. The answers are from [rebuild-emotional] "Hostile Interactions".
        var profile = Couples.OnlyA(a => a.View(v => v with { Contempt = Frequency.Often, Criticism = Frequency.Often }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(SafetyScreening.Id);
        plan.Item(SafetyScreening.Id).Audience.Should().Be(ItemAudience.PartnerB);
        foreach (var id in new[] { CouplesTherapy.Id, EmotionallyFocusedTherapy.Id, OnlineCouplesCounselling.Id })
        {
            plan.ShouldWithhold(id, Core.Interventions.Contraindication.SafetyNotScreened.Id);
        }

        plan.PhasesShouldBe(PlanStage.EmotionalFoundation, PlanStage.Maintenance);
        plan.AllItems.Should().NotContain(i => i.Audience == ItemAudience.PartnerB && i.InterventionId != SafetyScreening.Id,
            "nothing else can be said about a partner who did not answer");
        plan.Findings.Should().Contain(f => f.Id == NotScreened + ":partnerB" && f.RuleName == "Safety.AbsentPartnerNotScreened");
        var couple = plan.ForAudience(Audience.Couple);
        couple.SupportShouldBe(SafetyScreening.Id);
        couple.ShouldNotRecommend(CouplesTherapy.Id, EmotionallyFocusedTherapy.Id, OnlineCouplesCounselling.Id);
    }

    [Fact]
    public void OneRespondentProfile_HoldsBackTheSameConjointTherapies_AsAPartlyAnsweredSafetyScreen()
    {
        // docs/safety.md row 6 treats a partner who gave no answers like one who skipped a safety
        // question. A sexless stretch one partner wants to change ([therapist-guide]) and a distressed
        // CSI-4 (domain-notes §2) would otherwise call for couples and sex therapy.
        void Answers(IPartnerResponseBuilder a) => a
            .RelationshipScores(r => r with { Csi4 = 8 })
            .View(v => v with { SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore });
        var onlyA = Couples.OnlyA(Answers);
        var partlyAnswered = Couples.Both(a => { Answers(a); a.Safety(s => s with { FearsPartner = null }); });

        var conjoint = new[] { CouplesTherapy.Id, EmotionallyFocusedTherapy.Id, OnlineCouplesCounselling.Id, SexTherapy.Id };
        foreach (var plan in new[] { Engines.Default.Recommend(onlyA), Engines.Default.Recommend(partlyAnswered) })
        {
            foreach (var id in conjoint)
            {
                plan.ShouldWithhold(id, Core.Interventions.Contraindication.SafetyNotScreened.Id);
            }

            plan.Item(SafetyScreening.Id).Should().NotBeNull();
        }
    }
}
