using System.Text.RegularExpressions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// Scenarios about sex and the body: mismatched desire, erectile difficulty, pain around menopause
/// and medicines with sexual side effects. The medical routes must come before sex therapy and sexual
/// exercises must never press the partner who wants less.
/// </summary>
public class SexualAndMedicalScenarioTests
{
    private static readonly Core.Catalog.IntimacyCatalog Catalog = Engines.Default.Catalog;

    [Fact]
    public void SexlessMarriage_WithPursueAndWithdraw_GetsCompromiseWithoutPressure_AndEftAndSexTherapy()
    {
        // [rebuild-emotional] "The Connection Between Physical and Emotional Intimacy": with
        // mismatched desire one partner feels rejected and the other pressured; [therapist-guide]
        // "Obstacles to Intimacy in Relationships": mismatched libidos, compromise; [rekindle]
        // "Understanding Why Intimacy Fades": fewer than 10 encounters a year.
        var profile = Couples.Both(
            a => a.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, FeelsRejected = true, DesireLevel = 5 }),
            b => b.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsLess, FeelsPressured = true, DesireLevel = 2 }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(SexTherapy.Id, EmotionallyFocusedTherapy.Id);
        plan.PhasesShouldBe(PlanStage.SexualReconnection, PlanStage.Maintenance);
        plan.PhaseShouldContain(PlanStage.SexualReconnection, LibidoCompromise.Id, TalkAboutDesires.Id, GoingSlowly.Id);
        plan.Findings.Select(f => f.Code).Should().Contain(["sign.sexless-relationship", "sign.pursue-withdraw-cycle", "dyadic.desire-discrepancy"]);
        plan.SexualItemsShouldRequireConsentWithoutPressure(Catalog);
        plan.Item(LibidoCompromise.Id).Detail.Should().Contain("the partner who wants less is never pressured");
        plan.ShouldNotRecommend(CouplesTherapy.Id, PhysicianVisit.Id);
    }

    [Fact]
    public void RareSex_WhereTheOnlyDissatisfiedPartnerWantsLess_IsNotASexlessRelationship_AndProposesNoSexualWork()
    {
        // domain-notes §5: fewer than 10 times a year is a sign only when a partner is unhappy with
        // it or wants more; [rebuild-emotional] and [therapist-guide]: the partner with less desire
        // must not be pressed. A's low sexual satisfaction comes with wanting less; B is content.
        var profile = Couples.Both(
            a => a.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsLess, Satisfaction = new DimensionSatisfaction { Sexual = 1 } }),
            b => b.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.Content }));

        var plan = Engines.Default.Recommend(profile);

        plan.Findings.Select(f => f.Code).Should().NotContain("sign.sexless-relationship");
        plan.Phases.Select(p => p.Stage).Should().NotContain(PlanStage.SexualReconnection);
        plan.ShouldNotRecommend(SexTherapy.Id, ScheduledIntimacy.Id, GoingSlowly.Id, SensateFocus.Id);
    }

    [Fact]
    public void ErectileDifficulty_WithIief5Of16_SendsToAPhysicianRankedAboveSexTherapy()
    {
        // [rekindle] "Removing Health and Psychological Barriers": see a health professional for
        // physical causes; [therapist-guide] "How Sex Therapy Can Help": sexual dysfunction;
        // domain-notes §3: erectile difficulty can precede heart disease (Princeton III), so a
        // physician comes first. 16 is in the mild-to-moderate band of the IIEF-5.
        var profile = Couples.Both(a => a
            .Health(h => h with { ErectileDifficulty = true })
            .WellbeingScores(w => w with { Iief5 = 16, Iief5SexuallyActive = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(PhysicianVisit.Id, SexTherapy.Id);
        plan.ShouldRankAbove(PhysicianVisit.Id, SexTherapy.Id);
        plan.Item(PhysicianVisit.Id).Audience.Should().Be(ItemAudience.PartnerA);
        plan.Item(PhysicianVisit.Id).Reasons.Should().Contain(r => r.Threshold == "IIEF-5 at or below 21, sexually active in the window");
        plan.PhasesShouldBe(PlanStage.Maintenance);
        plan.WithheldShouldBeEmpty();

        // The score itself is private to partner A; partner B still sees the medical route because the
        // difficulty was shared in the health section.
        var forB = plan.ForAudience(Audience.PartnerB);
        forB.ShouldRevealNothingOf("$.partnerA.wellbeingScores", []);
        forB.SupportShouldBe(PhysicianVisit.Id, SexTherapy.Id);
    }

    [Fact]
    public void ArousalOrOrgasmDifficulty_WithoutAnyQuestionnaire_SendsToAPhysicianRankedAboveSexTherapy()
    {
        // [therapist-guide] "How Sex Therapy Can Help": sexual dysfunction; [rekindle] "Removing Health
        // and Psychological Barriers": a health professional looks for physical causes first. The
        // partner answers only the gender-neutral question (difficulty with arousal, lubrication or
        // orgasm), no erection question and no FSFI: that alone must reach the barrier, the medical-first
        // gate and sex therapy, with the physician first.
        var profile = Couples.Both(null, b => b.Health(h => h with { SexualFunctionDifficulty = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.Findings.Select(f => f.Id).Should().Contain(["barrier.sexual-dysfunction:partnerB", "gate.medical-first:partnerB"]);
        plan.Notices.Select(n => n.GateId).Should().Equal("gate.medical-first");
        plan.SupportShouldBe(PhysicianVisit.Id, SexTherapy.Id);
        plan.ShouldRankAbove(PhysicianVisit.Id, SexTherapy.Id);
        plan.Item(PhysicianVisit.Id).Audience.Should().Be(ItemAudience.PartnerB);
        plan.Item(PhysicianVisit.Id).Reasons.SelectMany(r => r.InputPaths).Should().Contain("$.partnerB.health.sexualFunctionDifficulty");
        plan.WithheldShouldBeEmpty();

        // The health section is shared: the couple and the other partner see the same order.
        plan.ForAudience(Audience.Couple).ShouldRankAbove(PhysicianVisit.Id, SexTherapy.Id);
        plan.ForAudience(Audience.PartnerA).SupportShouldBe(PhysicianVisit.Id, SexTherapy.Id);
    }

    [Fact]
    public void ArousalOrOrgasmDifficulty_AnsweredPrivately_StaysOutOfTheCoupleView_ButKeepsThePhysicianFirstForTheReporter()
    {
        // As above; docs/safety.md: anything that rests on a private answer appears only in that
        // partner's view and the clinician's.
        var profile = Couples.Both(null, b => b.Health(h => h with { Visibility = Visibility.Private, SexualFunctionDifficulty = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.ForAudience(Audience.Couple).ShouldRevealNothingOf("$.partnerB.health", [PhysicianVisit.Id, SexTherapy.Id], "gate.medical-first");
        plan.ForAudience(Audience.PartnerA).ShouldRevealNothingOf("$.partnerB.health", [PhysicianVisit.Id, SexTherapy.Id], "gate.medical-first");
        var forB = plan.ForAudience(Audience.PartnerB);
        forB.SupportShouldStartWith(PhysicianVisit.Id, SexTherapy.Id);
        forB.ShouldRankAbove(PhysicianVisit.Id, SexTherapy.Id);
    }

    [Fact]
    public void MenopauseWithUntreatedPain_GoesToAPhysicianFirst_AndWithholdsSensateFocusAndSexTherapy()
    {
        // [rekindle] "Understanding Why Intimacy Fades" and "Removing Health and Psychological
        // Barriers": hormonal change goes to a health professional; [therapist-guide] "How Sex
        // Therapy Can Help": challenges of ageing; domain-notes §3: sensate focus is contraindicated
        // while there is untreated pain.
        var profile = Couples.Both(
            a => a.View(v => v with { SexPerYear = 3, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }),
            b => b.Health(h => h with { HormonalChange = true, PainDuringSex = true, PainBeingTreated = false }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(PhysicianVisit.Id);
        plan.Item(PhysicianVisit.Id).Audience.Should().Be(ItemAudience.PartnerB);
        plan.ShouldWithhold(SensateFocus.Id, Contraindication.UntreatedPain.Id);
        plan.ShouldWithhold(SexTherapy.Id, Contraindication.UntreatedPain.Id);
        plan.ShouldWithhold(GoingSlowly.Id, Contraindication.UntreatedPain.Id);
        plan.PhasesShouldBe(PlanStage.SexualReconnection, PlanStage.Maintenance);
        plan.Phases[0].Items.Select(i => i.InterventionId).Should().Equal([TalkAboutDesires.Id], "only talking, which involves no touch, stays");
        plan.Notices.Select(n => n.GateId).Should().Equal("gate.medical-first");

        // The health answers are shared, so the couple sees why sensate focus waits.
        plan.ForAudience(Audience.Couple).ShouldWithhold(SensateFocus.Id, Contraindication.UntreatedPain.Id);
    }

    [Fact]
    public void MenopauseWithPainUnderTreatment_AllowsSensateFocus_ButStillRanksThePhysicianAboveSexTherapy()
    {
        // As above ([rekindle] "Removing Health and Psychological Barriers"), once the pain is in a
        // doctor's care: [therapist-guide] "How to Reconnect Sexually" describes sensate focus.
        var profile = Couples.Both(
            a => a.View(v => v with { SexPerYear = 3, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }),
            b => b.Health(h => h with { HormonalChange = true, PainDuringSex = true, PainBeingTreated = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(PhysicianVisit.Id, SexTherapy.Id);
        plan.ShouldRankAbove(PhysicianVisit.Id, SexTherapy.Id);
        plan.PhasesShouldBe(PlanStage.SexualReconnection, PlanStage.Maintenance);
        plan.PhaseShouldContain(PlanStage.SexualReconnection, SensateFocus.Id, GoingSlowly.Id);
        plan.WithheldShouldBeEmpty();
        plan.SexualItemsShouldRequireConsentWithoutPressure(Catalog);
    }

    [Fact]
    public void AntidepressantSideEffects_GetAPrescriberReview_ThatNeverSuggestsChangingTheMedicineAlone()
    {
        // [rekindle] "Removing Health and Psychological Barriers": side effects from medication can
        // lower desire; domain-notes §3: about 59% of antidepressant users report sexual side
        // effects (Montejo 2001); wording: talk to the prescriber, never change a medicine alone.
        var profile = Couples.Both(
            a => a.Health(h => h with { SexualSideEffectMedication = true })
                  .View(v => v with { SexPerYear = 5, Satisfaction = new DimensionSatisfaction { Sexual = 2 } })
                  .WellbeingScores(w => w with { Phq9 = 11, Phq9Item9 = 0 }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(PhysicianVisit.Id, PrescriberReview.Id, IndividualTherapy.Id, SexTherapy.Id);
        plan.ShouldRankAbove(PrescriberReview.Id, SexTherapy.Id);
        var review = plan.Item(PrescriberReview.Id);
        review.Audience.Should().Be(ItemAudience.PartnerA);
        review.Detail.Should().Contain("Never stop or change a prescribed medicine yourself; talk to the prescriber first.");
        review.Reasons.Should().Contain(r => r.RuleName == "Recommend.MedicationReview" && r.Text.Contains("never change a medicine on your own", StringComparison.Ordinal));
        plan.MedicalWordingShouldNeverSuggestChangingMedicineAlone();
        plan.PhasesShouldBe(PlanStage.SexualReconnection, PlanStage.Maintenance);
        plan.SexualItemsShouldRequireConsentWithoutPressure(Catalog);

        // The PHQ-9 is private: partner B sees the prescriber review (health is shared) but not the depression finding.
        var forB = plan.ForAudience(Audience.PartnerB);
        forB.ShouldRevealNothingOf("$.partnerA.wellbeingScores", [IndividualTherapy.Id]);
        forB.SupportShouldBe(PhysicianVisit.Id, PrescriberReview.Id, SexTherapy.Id);
    }
    [Fact]
    public void RowFive_AddsThePrescriberReviewForAMedicineWithSexualSideEffects_AndForNoOtherMedicalCause()
    {
        // docs/safety.md row 5: a physician visit, and a prescriber review when a medication has sexual side effects.
        // The veto adds the review with its own reason, citing the medicine answer alone; a chronic illness calls for
        // the physician visit but not for a prescriber review.
        var medicine = Engines.Default.Recommend(Couples.Both(a => a.Health(h => h with { SexualSideEffectMedication = true })));
        var illness = Engines.Default.Recommend(Couples.Both(a => a.Health(h => h with { ChronicIllnessOrDisability = true })));

        medicine.Item(PrescriberReview.Id).Reasons.Should().Contain(r =>
            r.RuleName == "Policy.SafetyVeto" && r.InputPaths.SequenceEqual(new[] { "$.partnerA.health.sexualSideEffectMedication" }));
        illness.AllItems.Should().Contain(i => i.InterventionId == PhysicianVisit.Id);
        illness.AllItems.Should().NotContain(i => i.InterventionId == PrescriberReview.Id, "no medicine with sexual side effects was reported");
    }

    [Fact]
    public void APrivateScoreAsTheOnlyMedicalCause_LeavesSexTherapyInTheCoupleView_CarryingTheMedicalCheckInItsOwnText()
    {
        // docs/safety.md, row 5 in the views: partner A's IIEF-5 of 16 (mild to moderate; the wellbeing scores
        // are private by default) is the only medical cause, and rare sex that A wants more of, told in the
        // shared view section, calls for sex therapy. The couple's view may not show the physician visit, which
        // rests on the private score; holding sex therapy back there would tell the couple the score exists.
        // So sex therapy's own text, the same in every plan, carries the medical check ([rekindle] "Removing
        // Health and Psychological Barriers": a health professional for disease, hormones or medicine side effects).
        var profile = Couples.Both(a => a
            .View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore })
            .WellbeingScores(w => w with { Iief5 = 16, Iief5SexuallyActive = true }));

        var plan = Engines.Default.Recommend(profile);

        var couple = plan.ForAudience(Audience.Couple);
        couple.ShouldRevealNothingOf("$.partnerA.wellbeingScores", [PhysicianVisit.Id], "gate.medical-first");
        var sexTherapy = couple.Item(SexTherapy.Id);
        sexTherapy.Summary.Should().Contain("medical check", "a view showing only the summary still carries the check");
        sexTherapy.Detail.Should().ContainAll(["doctor", "prescriber", "before sex therapy or alongside it", "ask about your health"]);
        couple.MedicalWordingShouldNeverSuggestChangingMedicineAlone();
        couple.SexualItemsShouldRequireConsentWithoutPressure(Catalog);

        // The text rests on no answer: it reads the same in the plan of a couple with no medical cause at all.
        var withoutScore = Engines.Default.Recommend(Couples.Both(a => a.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore })));
        withoutScore.ForAudience(Audience.Couple).Item(SexTherapy.Id).Should().BeEquivalentTo(
            new { sexTherapy.Summary, sexTherapy.Detail }, o => o.ExcludingMissingMembers());

        // Where the medical route may be seen, the ranking rule still puts it first.
        plan.ForAudience(Audience.PartnerA).ShouldRankAbove(PhysicianVisit.Id, SexTherapy.Id);
        plan.ShouldRankAbove(PhysicianVisit.Id, SexTherapy.Id);
    }

    [Fact]
    public void SexTherapysText_NeverTellsAnyoneToStartStopOrChangeAMedicine_AndKeepsConsentWithoutPressure()
    {
        // docs/safety.md, wording: medical advice says to talk with the doctor or prescriber, never to start,
        // stop or change a medicine on one's own; sexual items need both partners' agreement, either may pause
        // or stop, and the partner who wants less is never pressed.
        var sentences = Regex.Split(SexTherapy.Description + " " + SexTherapy.Caution, @"(?<=[.;:!?])\s+");
        var aboutChangingAMedicine = sentences
            .Where(s => Regex.IsMatch(s, @"\b(start|starting|stop|stopping|change|changing|switch|switching|reduce|reducing|taper|skip|skipping)\b", RegexOptions.IgnoreCase)
                && Regex.IsMatch(s, @"\b(medicine|medicines|medication|medications|dose|pill|pills|prescription)\b", RegexOptions.IgnoreCase))
            .ToList();

        aboutChangingAMedicine.Should().NotBeEmpty("the text warns against changing a medicine alone");
        aboutChangingAMedicine.Should().OnlyContain(s => Regex.IsMatch(s, @"\b(never|do not|don't)\b", RegexOptions.IgnoreCase),
            "a sentence about changing a medicine may only say not to");
        SexTherapy.Caution.Should().ContainAll(["both partners' free agreement", "pause or stop", "never pressured"]);
    }

    [Fact]
    public void TraumaOfAAndLowFsfiOfB_BothPrivate_KeepSexTherapyOutOfTheCoupleView()
    {
        // [therapist-guide] "How Sex Therapy Can Help Partners Reconnect Sexually": past trauma that
        // touches sex, and sexual dysfunction. Each partner told only the app: A a trauma history, B
        // an FSFI score in the dysfunction range. Sex therapy rests on nothing shared, so the couple
        // view (docs/safety.md: nothing that rests on a private answer) must not show it, and neither
        // partner may learn the other's answer from it.
        var profile = Couples.Both(
            a => a.Trauma(t => t with { HasTraumaHistory = true, AffectsIntimacy = true }),
            b => b.WellbeingScores(w => w with { Fsfi = 20, FsfiSexuallyActive = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldStartWith(PhysicianVisit.Id, IndividualTherapy.Id, SexTherapy.Id);
        plan.PhasesShouldBe(PlanStage.Maintenance);
        plan.ShouldRankAbove(PhysicianVisit.Id, SexTherapy.Id);
        plan.Item(SexTherapy.Id).Reasons.Select(r => r.FindingIds.Single())
            .Should().BeEquivalentTo(["barrier.unresolved-trauma:partnerA", "instrument.fsfi-low:partnerB"]);

        var couple = plan.ForAudience(Audience.Couple);
        couple.ShouldNotRecommend(SexTherapy.Id, PhysicianVisit.Id, IndividualTherapy.Id);
        couple.ShouldRevealNothingOf("$.partnerA.trauma", [SexTherapy.Id]);
        couple.ShouldRevealNothingOf("$.partnerB.wellbeingScores", [SexTherapy.Id], "gate.medical-first");
        plan.ForAudience(Audience.PartnerA).ShouldRevealNothingOf("$.partnerB.wellbeingScores", [PhysicianVisit.Id], "gate.medical-first");
        plan.ForAudience(Audience.PartnerB).ShouldRevealNothingOf("$.partnerA.trauma", [IndividualTherapy.Id]);
        plan.ForAudience(Audience.PartnerB).SupportShouldStartWith(PhysicianVisit.Id);
    }

}
