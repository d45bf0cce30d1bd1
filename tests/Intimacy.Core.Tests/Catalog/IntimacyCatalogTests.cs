using Intimacy.Core.Barriers;
using Intimacy.Core.Catalog;
using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Sources;
using Intimacy.Core.Specifications;
using Intimacy.Core.WarningSigns;

namespace Intimacy.Core.Tests.Catalog;

public class IntimacyCatalogTests
{
    private static readonly IntimacyCatalog Catalog = IntimacyCatalog.Default;

    private static readonly Source AppSource = new(
        "source.app-handbook", "Our counselling handbook", "Example Clinic", 2024, SourceKind.Guideline, EvidenceLevel.Guideline);

    private static Intervention AppIntervention(string id = "intervention.gratitude-jar", Source? source = null, Barrier? addresses = null) => new(
        id, "Gratitude jar", "Each partner drops a note of thanks into a shared jar during the week and the two read them together on Sunday.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.Maintenance,
        [IntimacyDimension.Emotional],
        [(source ?? BuiltInSources.Spark).At("Small steps: express appreciation")],
        [addresses ?? BuiltInBarriers.LackOfAppreciation],
        [Contraindication.Violence]);

    [Fact]
    public void Default_HoldsEveryBuiltInItem()
    {
        Catalog.Dimensions.Should().Equal(IntimacyDimension.All);
        Catalog.Sources.Should().Equal(BuiltInSources.All);
        Catalog.Barriers.Should().Equal(BuiltInBarriers.All);
        Catalog.WarningSigns.Should().Equal(BuiltInSigns.All);
        Catalog.Interventions.Should().Equal(BuiltInInterventions.All);
        Catalog.Contraindications.Should().Equal(Contraindication.All);
        Catalog.Interventions.Count.Should().BeInRange(45, 60);
    }

    [Fact]
    public void Get_ReturnsTheItemWithTheId()
    {
        Catalog.GetBarrier("barrier.fear-of-rejection").Should().BeSameAs(BuiltInBarriers.FearOfRejection);
        Catalog.GetIntervention("intervention.sensate-focus").Should().BeSameAs(BuiltInInterventions.SensateFocus);
        Catalog.GetWarningSign("sign.sexless-relationship").Should().BeSameAs(BuiltInSigns.SexlessRelationship);
        Catalog.GetDimension("dimension.social").Should().BeSameAs(IntimacyDimension.Social);
        Catalog.GetSource("source.funk-rogge-2007").Should().BeSameAs(BuiltInSources.FunkRogge2007);
        Catalog.GetContraindication("contraindication.violence").Should().BeSameAs(Contraindication.Violence);
    }

    [Fact]
    public void Get_WithAnUnknownId_ThrowsAClearNotFoundException()
    {
        var act = () => Catalog.GetIntervention("intervention.does-not-exist");

        act.Should().Throw<CatalogItemNotFoundException>()
            .Where(e => e.Id == "intervention.does-not-exist" && e.ItemKind == "intervention")
            .WithMessage("The catalog has no intervention with id 'intervention.does-not-exist'.*start with 'intervention.'*");
        FluentActions.Invoking(() => Catalog.GetWarningSign("sign.nope")).Should().Throw<KeyNotFoundException>().WithMessage("*'sign.'*");
        FluentActions.Invoking(() => Catalog.GetBarrier(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void TryGet_ReportsWhetherTheIdIsKnown()
    {
        Catalog.TryGetBarrier("barrier.stress", out var stress).Should().BeTrue();
        stress.Should().BeSameAs(BuiltInBarriers.Stress);
        Catalog.TryGetBarrier("intervention.sensate-focus", out _).Should().BeFalse("ids of other kinds are not barriers");
        Catalog.TryGetIntervention(null, out _).Should().BeFalse();
        Catalog.Contains("source.rekindle").Should().BeTrue();
        Catalog.Contains("source.unknown").Should().BeFalse();
    }

    [Fact]
    public void Find_QueriesBySpecification()
    {
        var sexual = Catalog.Find(InterventionSpecifications.Sexual);
        var healthBarriers = Catalog.Find(BarrierSpecifications.InFamily(BarrierFamily.Health));

        sexual.Should().OnlyContain(i => i.IsSexual).And.Contain(BuiltInInterventions.SensateFocus);
        healthBarriers.Should().OnlyContain(b => b.Family == BarrierFamily.Health).And.Contain(BuiltInBarriers.SexualPain);
        Catalog.Interventions.Where(InterventionSpecifications.Sexual).Should().Equal(sexual);
        Catalog.Find(new Specification<Source>(s => s.Kind == SourceKind.SeedArticle)).Should().HaveCount(5);
    }

    [Fact]
    public void ReadyMadeSpecifications_SelectWhatTheyName()
    {
        Catalog.Find(InterventionSpecifications.OfKind(InterventionKind.Medical)).Select(i => i.Id)
            .Should().Equal("intervention.physician-visit", "intervention.prescriber-review");
        Catalog.Find(InterventionSpecifications.ForStage(PlanStage.Urgent)).Should().OnlyContain(i => i.Kind == InterventionKind.Safety).And.HaveCount(7);
        Catalog.Find(InterventionSpecifications.ForActor(InterventionActor.OnePartner)).Should().OnlyContain(i => i.Actor == InterventionActor.OnePartner);
        Catalog.Find(InterventionSpecifications.Addressing("barrier.leaning-out")).Should().Equal(BuiltInInterventions.DiscernmentCounselling);
        Catalog.Find(InterventionSpecifications.ContraindicatedBy("contraindication.untreated-pain")).Should().Contain(BuiltInInterventions.SensateFocus)
            .And.OnlyContain(i => i.IsSexual);
        Catalog.Find(InterventionSpecifications.WithDose).Select(i => i.Id).Should().BeEquivalentTo(
            "intervention.daily-check-in", "intervention.date-nights", "intervention.weekly-check-in",
            "intervention.sensate-focus", "intervention.discernment-counselling");
        Catalog.Find(InterventionSpecifications.InDimension(IntimacyDimension.PhysicalAffection))
            .Should().OnlyContain(i => i.Dimensions.Contains(IntimacyDimension.PhysicalAffection));
        Catalog.Find(BarrierSpecifications.InDimension(IntimacyDimension.Social)).Should().Contain(BuiltInBarriers.DisconnectedLives);
        Catalog.Find(WarningSignSpecifications.InDimension(IntimacyDimension.Sexual)).Should().Contain(BuiltInSigns.SexlessRelationship);
    }

    [Fact]
    public void ReadyMadeSpecifications_Compose()
    {
        var jointTouch = InterventionSpecifications.ForStage(PlanStage.NonSexualAffection)
            .And(InterventionSpecifications.ForActor(InterventionActor.CoupleTogether))
            .And(InterventionSpecifications.OfKind(InterventionKind.SelfGuidedExercise).Not());

        Catalog.Find(jointTouch).Should().NotBeEmpty()
            .And.OnlyContain(i => i.Stage == PlanStage.NonSexualAffection && i.Kind != InterventionKind.SelfGuidedExercise);
        Catalog.Interventions.AsQueryable().Where(jointTouch.Expression).Should().Equal(Catalog.Find(jointTouch));
    }

    [Fact]
    public void WithInterventions_ReturnsANewCatalog_AndLeavesTheOriginalUnchanged()
    {
        var extended = Catalog.WithInterventions(AppIntervention());

        extended.Should().NotBeSameAs(Catalog);
        extended.GetIntervention("intervention.gratitude-jar").Name.Should().Be("Gratitude jar");
        extended.Interventions.Should().HaveCount(Catalog.Interventions.Count + 1);
        Catalog.TryGetIntervention("intervention.gratitude-jar", out _).Should().BeFalse();
        extended.Find(InterventionSpecifications.Addressing("barrier.lack-of-appreciation")).Should().Contain(i => i.Id == "intervention.gratitude-jar");
    }

    [Fact]
    public void WithInterventions_WithADuplicateId_Throws()
    {
        var duplicateOfBuiltIn = AppIntervention("intervention.sensate-focus");

        FluentActions.Invoking(() => Catalog.WithInterventions(duplicateOfBuiltIn))
            .Should().Throw<ArgumentException>().WithMessage("*'intervention.sensate-focus'*more than once*");
        FluentActions.Invoking(() => Catalog.WithInterventions(AppIntervention(), AppIntervention()))
            .Should().Throw<ArgumentException>().WithMessage("*'intervention.gratitude-jar'*");
    }

    [Fact]
    public void WithInterventions_CitingAnUnknownSource_Throws_UntilTheSourceIsAdded()
    {
        var citing = AppIntervention(source: AppSource);

        FluentActions.Invoking(() => Catalog.WithInterventions(citing))
            .Should().Throw<ArgumentException>().WithMessage("*cites 'source.app-handbook'*WithSources*");
        Catalog.WithSources(AppSource).WithInterventions(citing).GetIntervention(citing.Id).Should().BeSameAs(citing);
    }

    [Fact]
    public void WithInterventions_AddressingAnUnknownBarrier_Throws_UntilTheBarrierIsAdded()
    {
        var barrier = new Barrier(
            "barrier.shift-work", "Shift work", "Rotating or night shifts leave the partners awake at different times.",
            BarrierFamily.LifeAndRoutine, [IntimacyDimension.Recreational], [BuiltInSources.Restore.At("Busy lifestyles")]);
        var intervention = AppIntervention(addresses: barrier);

        FluentActions.Invoking(() => Catalog.WithInterventions(intervention))
            .Should().Throw<ArgumentException>().WithMessage("*addresses 'barrier.shift-work'*WithBarriers*");
        Catalog.WithBarriers(barrier).WithInterventions(intervention).Find(InterventionSpecifications.Addressing("barrier.shift-work"))
            .Should().Equal(intervention);
    }

    [Fact]
    public void WithBarriersAndWarningSigns_RejectDuplicates()
    {
        FluentActions.Invoking(() => Catalog.WithBarriers(BuiltInBarriers.Stress)).Should().Throw<ArgumentException>().WithMessage("*'barrier.stress'*");
        FluentActions.Invoking(() => Catalog.WithWarningSigns(BuiltInSigns.FourHorsemen)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Catalog.WithSources(BuiltInSources.Spark)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Catalog.WithInterventions((IEnumerable<Intervention>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Catalog.WithInterventions([null!])).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void WithWarningSigns_AddsAnAppSign()
    {
        var sign = new WarningSign(
            "sign.no-shared-meals", "No shared meals", "The partners almost never sit down to eat together.",
            [IntimacyDimension.Recreational],
            new Specification<Intimacy.Core.Profiles.CoupleProfile>(p => p.PartnerA.View != null && p.PartnerA.View.SharedActivities == Intimacy.Core.Profiles.Frequency.Never),
            [BuiltInSources.Restore.At("FAQ 1")]);

        Catalog.WithWarningSigns(sign).GetWarningSign("sign.no-shared-meals").Should().BeSameAs(sign);
    }

    [Fact]
    public void Items_ListsEveryCitedItemOnce()
    {
        Catalog.Items.Should().HaveCount(
            Catalog.Dimensions.Count + Catalog.Barriers.Count + Catalog.WarningSigns.Count + Catalog.Interventions.Count + Catalog.Contraindications.Count);
    }
}
