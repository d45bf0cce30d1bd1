using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Safety;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// Scenarios where something must be dealt with before ordinary couples therapy (docs/safety.md row
/// 4): affairs, breaches of a non-monogamous agreement, a partner leaning out, substance misuse.
/// </summary>
public class TrustAndCommitmentScenarioTests
{
    private static readonly string Deferred = SafetyGates.Id(SafetyGate.CouplesTherapyDeferred);
    private static readonly string[] GenericCouplesTherapy = [CouplesTherapy.Id, EmotionallyFocusedTherapy.Id, OnlineCouplesCounselling.Id];

    [Fact]
    public void UndisclosedOngoingAffairReportedPrivatelyByB_GetsIndividualCounsellingForB_WithholdsCouplesTherapy_AndAAndTheCoupleSeeNothingOfIt()
    {
        // [rebuild-emotional] "Trust Violations": infidelity and concealment break the foundation
        // of intimacy; [restore] "Couples Therapy: When and Why": breaches of trust such as
        // infidelity; domain-notes §3: couples therapy only once an affair is disclosed and ended.
        // Partner A's low CSI-4 would otherwise call for couples therapy.
        var profile = Couples.Both(
            a => a.RelationshipScores(r => r with { Csi4 = 10 }),
            b => b.Trust(t => t with { BreachOccurred = true, By = BreachBy.Self, Disclosed = false, Ended = false }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(AffairIndividualCounselling.Id, OnlineProgramme.Id);
        plan.Item(AffairIndividualCounselling.Id).Audience.Should().Be(ItemAudience.PartnerB);
        foreach (var id in GenericCouplesTherapy)
        {
            plan.ShouldWithhold(id, Deferred);
        }

        plan.PhasesShouldKeepStageOrder();

        var forB = plan.ForAudience(Audience.PartnerB);
        forB.SupportShouldBe(AffairIndividualCounselling.Id, OnlineProgramme.Id);
        forB.ShouldWithhold(CouplesTherapy.Id, Deferred);
        forB.Notices.Select(n => n.GateId).Should().Equal(Deferred);

        foreach (var audience in new[] { Audience.PartnerA, Audience.Couple })
        {
            var view = plan.ForAudience(audience);
            view.ShouldRevealNothingOf("$.partnerB.trust", [AffairIndividualCounselling.Id, NeedsAndBoundariesTalk.Id, .. GenericCouplesTherapy], Deferred);
            view.UrgentShouldBeEmpty();
            view.SupportShouldBe(OnlineProgramme.Id);
            view.WithheldShouldBeEmpty();
            view.Notices.Should().BeEmpty();
            view.Findings.Select(f => f.Id).Should().Equal("instrument.csi4-distress:partnerA");
        }
    }

    [Fact]
    public void AffairDisclosedAndEnded_NoLongerHoldsCouplesTherapyBack()
    {
        // [rebuild-emotional] "Rebuilding Emotional Intimacy": talk about needs and boundaries,
        // especially when rebuilding trust after a breach; domain-notes §3: once disclosed and ended,
        // couples therapy is the route.
        var profile = Couples.Both(
            a => a.RelationshipScores(r => r with { Csi4 = 10 }),
            b => b.Trust(t => t with { BreachOccurred = true, By = BreachBy.Self, Disclosed = true, Ended = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(CouplesTherapy.Id, EmotionallyFocusedTherapy.Id, OnlineCouplesCounselling.Id, OnlineProgramme.Id);
        plan.ShouldNotRecommend(AffairIndividualCounselling.Id);
        plan.WithheldShouldBeEmpty();
        plan.Notices.Should().BeEmpty();
        plan.PhasesShouldBe(PlanStage.EmotionalFoundation);
        plan.ForAudience(Audience.PartnerB).PhaseShouldContain(PlanStage.EmotionalFoundation, NeedsAndBoundariesTalk.Id);
        plan.ForAudience(Audience.PartnerA).ShouldRevealNothingOf("$.partnerB.trust", [NeedsAndBoundariesTalk.Id]);
    }

    [Fact]
    public void AffairDisclosedButNotKnownToHaveEnded_HoldsBackSexTherapyToo_AsTheGateHoldsBackCouplesTherapy()
    {
        // domain-notes §3: couples therapy only once an affair is both disclosed and ended; an
        // unanswered "has it ended?" is not an answer that it has. [therapist-guide] "How Sex Therapy
        // Can Help": a sexless stretch one partner wants to change would otherwise call for sex therapy.
        var profile = Couples.Both(
            a => a.View(v => v with { SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore })
                  .Trust(t => t with { BreachOccurred = true, Disclosed = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.Notices.Select(n => n.GateId).Should().Equal(Deferred);
        plan.Item(AffairIndividualCounselling.Id).Audience.Should().Be(ItemAudience.PartnerA);
        plan.ShouldWithhold(SexTherapy.Id, Contraindication.UndisclosedAffair.Id);
        plan.ShouldNotRecommend([.. GenericCouplesTherapy, SexTherapy.Id]);
    }

    [Fact]
    public void ConsensuallyNonMonogamousCouple_WithABreachOfTheirAgreement_IsTreatedLikeAnUnresolvedAffair()
    {
        // domain-notes §5: for consensually non-monogamous couples a breach of trust is a breach of
        // their own agreement; [rebuild-emotional] "Trust Violations" (dishonesty, concealment).
        // Partner B stepped outside the agreement; it is known but still going on.
        var profile = Couples.Both(
            a => a.RelationshipScores(r => r with { Csi4 = 12 }),
            b => b.Trust(t => t with { BreachOccurred = true, By = BreachBy.Self, Disclosed = true, Ended = false }),
            r => r with { Arrangement = RelationshipArrangement.ConsensuallyNonMonogamous });

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(AffairIndividualCounselling.Id, OnlineProgramme.Id);
        plan.PhasesShouldBe(PlanStage.EmotionalFoundation);
        plan.Item(AffairIndividualCounselling.Id).Audience.Should().Be(ItemAudience.PartnerB);
        plan.ShouldWithhold(CouplesTherapy.Id, Deferred);
        plan.Findings.Should().Contain(f => f.Id == "barrier.trust-violation:partnerB");

        var couple = plan.ForAudience(Audience.Couple);
        couple.ShouldRevealNothingOf("$.partnerB.trust", [AffairIndividualCounselling.Id, CouplesTherapy.Id], Deferred);
        couple.SupportShouldBe(OnlineProgramme.Id);
    }

    [Fact]
    public void PartnerLeaningOut_GetsDiscernmentCounsellingPrivately_AndNeitherBNorTheCoupleCanTellFromThePlan()
    {
        // domain-notes §3: a partner leaning out of the relationship calls for discernment
        // counselling before couples therapy; [rebuild-emotional] "Why Emotional Intimacy
        // Matters": without closeness the relationship itself becomes vulnerable. Partner B, who
        // does not know, sees the connection worsening ([rebuild-emotional] FAQ).
        var profile = Couples.Both(
            a => a.Commitment(c => c with { LeaningOut = true, WillingToWorkTogether = true }),
            b => b.View(v => v with { Trend = Trend.Worsening }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(DiscernmentCounselling.Id);
        plan.PhasesShouldBe(PlanStage.EmotionalFoundation, PlanStage.Maintenance);
        foreach (var id in GenericCouplesTherapy)
        {
            plan.ShouldWithhold(id, Deferred);
        }

        var forA = plan.ForAudience(Audience.PartnerA);
        forA.SupportShouldBe(DiscernmentCounselling.Id);
        forA.Item(DiscernmentCounselling.Id).Reasons.Should().OnlyContain(r => r.Disclosure == Disclosure.PrivateTo(PartnerId.PartnerA));
        forA.Notices.Select(n => n.GateId).Should().Equal(Deferred);

        // Partner B's worsening trend is shared; what follows from it alone may show, nothing more.
        foreach (var audience in new[] { Audience.PartnerB, Audience.Couple })
        {
            var view = plan.ForAudience(audience);
            view.ShouldRevealNothingOf("$.partnerA.commitment", [DiscernmentCounselling.Id, .. GenericCouplesTherapy], Deferred);
            view.UrgentShouldBeEmpty();
            view.SupportShouldBeEmpty();
            view.WithheldShouldBeEmpty();
            view.PhaseShouldContain(PlanStage.EmotionalFoundation, SharedGoalsAndValues.Id);
            view.AllItems.Should().OnlyContain(i => i.Reasons.All(r => r.Disclosure.IsShared) && i.Indicator == Indicator.Info);
        }
    }


    [Fact]
    public void WorseningConnectionAlone_SuggestsSharedGoalsAndCouplesTherapy_NotDiscernmentCounselling()
    {
        // [spark] "Small Steps, Big Impact": revisit shared goals and values; [rebuild-emotional]
        // FAQ: a decline that does not improve calls for professional help. Discernment counselling
        // is for a partner leaning out (domain-notes §3), which nothing here shows.
        var profile = Couples.Both(null, b => b.View(v => v with { Trend = Trend.Worsening }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(CouplesTherapy.Id, EmotionallyFocusedTherapy.Id, OnlineCouplesCounselling.Id);
        plan.ShouldNotRecommend(DiscernmentCounselling.Id);
        plan.PhasesShouldBe(PlanStage.EmotionalFoundation, PlanStage.Maintenance);
        plan.PhaseShouldContain(PlanStage.EmotionalFoundation, SharedGoalsAndValues.Id);
    }

    [Fact]
    public void SubstanceMisuse_GetsAddictionTreatmentAndBehaviouralCouplesTherapy_NotGenericCouplesTherapy()
    {
        // domain-notes §3: active substance misuse needs addiction treatment first, and behavioural
        // couples therapy is the couples option built for it; [therapist-guide] "Obstacles to
        // Intimacy in Relationships": physical or mental health issues. Partner B's distress would
        // otherwise call for couples therapy.
        var profile = Couples.Both(
            a => a.Health(h => h with { SubstanceMisuse = true }),
            b => b.RelationshipScores(r => r with { Csi4 = 9 }));

        var plan = Engines.Default.Recommend(profile);

        plan.UrgentShouldBeEmpty();
        plan.SupportShouldBe(AddictionTreatment.Id, BehaviouralCouplesTherapy.Id, OnlineProgramme.Id);
        plan.Item(AddictionTreatment.Id).Audience.Should().Be(ItemAudience.PartnerA);
        plan.Item(BehaviouralCouplesTherapy.Id).Audience.Should().Be(ItemAudience.Couple);
        foreach (var id in GenericCouplesTherapy)
        {
            plan.ShouldWithhold(id, Deferred);
        }

        plan.PhasesShouldBe(PlanStage.Maintenance);

        // The health section is shared: the couple sees the same plan and why therapy waits.
        var couple = plan.ForAudience(Audience.Couple);
        couple.SupportShouldBe(AddictionTreatment.Id, BehaviouralCouplesTherapy.Id, OnlineProgramme.Id);
        couple.ShouldWithhold(CouplesTherapy.Id, Deferred);
    }
}
