using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;

namespace Intimacy.Core.Tests.Interventions;

public class InterventionTests
{
    public static TheoryData<string> RequiredRoutes =>
    [
        // domain-notes §3 safety and referral routes
        "intervention.emergency-services", "intervention.safety-planning", "intervention.safety-advocacy",
        "intervention.urgent-mental-health-assessment", "intervention.physician-visit", "intervention.prescriber-review",
        "intervention.discernment-counselling", "intervention.addiction-treatment", "intervention.behavioural-couples-therapy",
        "intervention.specialist-screening", "intervention.affair-individual-counselling", "intervention.safety-screening",
        // domain-notes §1, a sample across every group
        "intervention.active-listening", "intervention.daily-check-in", "intervention.weekly-check-in", "intervention.love-languages",
        "intervention.date-nights", "intervention.individual-identities", "intervention.eye-gazing", "intervention.synchronised-breathing",
        "intervention.sensate-focus", "intervention.libido-compromise", "intervention.stress-management",
        "intervention.emotionally-focused-therapy", "intervention.sex-therapy", "intervention.individual-therapy",
        "intervention.online-couples-counselling", "intervention.relationship-workshop", "intervention.support-group",
    ];

    [Theory]
    [MemberData(nameof(RequiredRoutes))]
    public void RequiredIntervention_IsInTheCatalog(string id)
    {
        BuiltInInterventions.All.Should().Contain(i => i.Id == id);
    }

    [Fact]
    public void PhysicianVisit_SpeaksToEverySexualFunctionDifficulty_NotOnlyErections()
    {
        // The medical-first route is reached by any partner's difficulty with arousal, lubrication or
        // orgasm as well as erections (health.sexualFunctionDifficulty); its text must name them too.
        var visit = BuiltInInterventions.PhysicianVisit;

        visit.Description.Should().Contain("erection").And.Contain("arousal").And.Contain("lubrication").And.Contain("orgasm");
        visit.Addresses(Core.Barriers.Barriers.SexualDysfunction.Id).Should().BeTrue();
    }

    [Fact]
    public void SensateFocus_CarriesItsDoseAndContraindicationsAsData()
    {
        var sf = BuiltInInterventions.SensateFocus;

        sf.Dose!.TimesPerWeek.Should().Be(CountRange.Between(2, 3));
        sf.Dose.Weeks.Should().Be(CountRange.AtLeast(6));
        sf.Dose.Weeks!.Value.Contains(12).Should().BeTrue();
        sf.Dose.Weeks.Value.Contains(5).Should().BeFalse();
        sf.Contraindications.Should().Contain([Contraindication.Violence, Contraindication.UntreatedPain]);
        sf.IsSexual.Should().BeTrue();
        sf.Stage.Should().Be(PlanStage.SexualReconnection);
        sf.Sources.Should().Contain(r => r.Source == BuiltInSources.MastersJohnson1970);
    }

    [Fact]
    public void Doses_MatchTheirSources()
    {
        BuiltInInterventions.DailyCheckIn.Dose!.MinutesPerSession.Should().Be(CountRange.Exactly(10));
        BuiltInInterventions.DailyCheckIn.Dose.TimesPerWeek.Should().Be(CountRange.Exactly(7));
        BuiltInInterventions.WeeklyCheckIn.Dose!.TimesPerWeek.Should().Be(CountRange.Exactly(1));
        BuiltInInterventions.DiscernmentCounselling.Dose!.Sessions.Should().Be(CountRange.Between(1, 5));
    }

    [Fact]
    public void ConjointTherapies_WaitForSafetyDisclosureTreatmentAndWillingness()
    {
        foreach (var therapy in new[] { BuiltInInterventions.CouplesTherapy, BuiltInInterventions.EmotionallyFocusedTherapy, BuiltInInterventions.SexTherapy })
        {
            therapy.Contraindications.Should().Contain(
            [
                Contraindication.Violence, Contraindication.SafetyNotScreened, Contraindication.SelfHarmRisk,
                Contraindication.UndisclosedAffair, Contraindication.ActiveSubstanceMisuse, Contraindication.OnePartnerUnwilling,
            ]);
        }

        BuiltInInterventions.BehaviouralCouplesTherapy.Contraindications.Should().NotContain(Contraindication.ActiveSubstanceMisuse,
            "it is the couples therapy designed for active substance problems");
    }

    [Fact]
    public void Constructor_RequiresACaution_ForSexualAndMedicalItems()
    {
        FluentActions.Invoking(() => Make(isSexual: true, caution: null)).Should().Throw<ArgumentException>().WithParameterName("caution");
        FluentActions.Invoking(() => Make(kind: InterventionKind.Medical, caution: " ")).Should().Throw<ArgumentException>();
        Make(isSexual: true, caution: "Only if both agree.").Caution.Should().Be("Only if both agree.");
    }

    [Fact]
    public void Constructor_ValidatesItsArguments()
    {
        FluentActions.Invoking(() => Make(id: "barrier.not-an-intervention")).Should().Throw<ArgumentException>().WithParameterName("id")
            .WithMessage("An intervention id must look like 'intervention.lower-case-words'*");
        FluentActions.Invoking(() => Make(stage: (PlanStage)99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Intervention(
                "intervention.x", "n", "d", InterventionKind.Resource, InterventionActor.OnePartner, PlanStage.Support, [], [BuiltInSources.Spark.At("x")]))
            .Should().Throw<ArgumentException>().WithParameterName("dimensions");
    }

    [Fact]
    public void Constructor_DropsRepeatedContraindications()
    {
        var item = new Intervention(
            "intervention.x", "n", "d", InterventionKind.Resource, InterventionActor.OnePartner, PlanStage.Support,
            [IntimacyDimension.Emotional], [BuiltInSources.Spark.At("x")], contraindications: [Contraindication.Violence, Contraindication.Violence]);

        item.Contraindications.Should().Equal(Contraindication.Violence);
        item.AddressesBarriers.Should().BeEmpty();
        item.Addresses("barrier.stress").Should().BeFalse();
        BuiltInInterventions.StressManagement.Addresses("barrier.stress").Should().BeTrue();
    }

    [Theory]
    [InlineData(2, 3, "2–3")]
    [InlineData(10, 10, "10")]
    [InlineData(6, null, "6+")]
    public void CountRange_FormatsItsBounds(int min, int? max, string expected)
    {
        new CountRange(min, max).ToString().Should().Be(expected);
    }

    [Fact]
    public void CountRange_RejectsNegativeOrReversedBounds()
    {
        FluentActions.Invoking(() => new CountRange(-1, 2)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new CountRange(3, 2)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Dose_NeedsASummaryAndAStructuredPart()
    {
        FluentActions.Invoking(() => new Dose("Weekly")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Dose(" ", timesPerWeek: CountRange.Exactly(1))).Should().Throw<ArgumentException>();
        new Dose("Weekly", timesPerWeek: CountRange.Exactly(1)).ToString().Should().Be("Weekly");
    }

    private static Intervention Make(
        string id = "intervention.x", InterventionKind kind = InterventionKind.SelfGuidedExercise, PlanStage stage = PlanStage.Maintenance,
        bool isSexual = false, string? caution = null) => new(
        id, "Name", "Description.", kind, InterventionActor.CoupleTogether, stage,
        [IntimacyDimension.Emotional], [BuiltInSources.Spark.At("x")], isSexual: isSexual, caution: caution);
}
