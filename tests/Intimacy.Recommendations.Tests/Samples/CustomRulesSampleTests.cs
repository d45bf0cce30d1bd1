using CustomRules;
using Intimacy.Core.Catalog;
using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Sources;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Intimacy.Recommendations.Tests.Samples;

/// <summary>The CustomRules sample's registration, run as the sample runs it.</summary>
public sealed class CustomRulesSampleTests : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IRecommendationEngine _engine;

    public CustomRulesSampleTests()
    {
        var services = new ServiceCollection();
        services.AddExampleClinic();
        _provider = services.BuildServiceProvider();
        _engine = _provider.GetRequiredService<IRecommendationEngine>();
    }

    public void Dispose() => _provider.Dispose();

    [Fact]
    public void Registration_AddsAppRuleInterventionAndSource_NextToBuiltIns()
    {
        _engine.Rules.Should().ContainSingle(r => r.Name == "App.ExampleClinic.CouplesGroup")
            .Which.IsBuiltIn.Should().BeFalse();
        _engine.Rules.Count(r => r.IsBuiltIn).Should().Be(RecommendationEngine.CreateDefault().Rules.Count);
        _engine.Catalog.TryGetIntervention(ExampleClinic.CouplesGroup.Id, out _).Should().BeTrue();
        _engine.Catalog.TryGetSource(ExampleClinic.ProgrammeLeaflet.Id, out _).Should().BeTrue();
        _engine.Catalog.Interventions.Should().HaveCount(IntimacyCatalog.Default.Interventions.Count + 1);
    }

    [Fact]
    public void DriftingCouple_CouplePlan_HasClinicGroupWithAppReasonAndSource()
    {
        var plan = _engine.Recommend(SampleProfiles.DriftingApart()).ForAudience(Audience.Couple);

        var item = plan.AllItems.Should().ContainSingle(i => i.InterventionId == ExampleClinic.CouplesGroup.Id).Subject;
        item.Audience.Should().Be(ItemAudience.Couple);
        plan.Support.Should().Contain(item, "a clinic programme is a resource, which goes to the support track");
        item.Reasons.Should().Contain(r => r.RuleName == "App.ExampleClinic.CouplesGroup"
            && r.InputPaths.Contains("$.partnerA.view.feelsLikeRoommates"));
        item.Sources.Should().NotBeEmpty();
        item.Sources.Select(s => s.Label).Should().Contain(l => l.Contains("Example Riverside Clinic", StringComparison.Ordinal));
        plan.Withheld.Should().NotContain(w => w.InterventionId == ExampleClinic.CouplesGroup.Id);
    }

    [Fact]
    public void ClinicGroup_NamesTheStageThePlanShowsItIn()
    {
        var item = _engine.Recommend(SampleProfiles.DriftingApart()).ForAudience(Audience.Couple).AllItems
            .Single(i => i.InterventionId == ExampleClinic.CouplesGroup.Id);

        // A resource is placed on the support track whatever stage it names; a sample that named a
        // phase would lead an app developer to expect the group there.
        ExampleClinic.CouplesGroup.Stage.Should().Be(item.Stage);
    }

    [Fact]
    public void DriftingCouple_PlainText_ShowsClinicGroupToCouple()
    {
        var text = PlanRenderingFor(SampleProfiles.DriftingApart(), Audience.Couple);

        text.Should().Contain("Reconnecting Couples group at Example Riverside Clinic")
            .And.Contain("App.ExampleClinic.CouplesGroup");
    }

    [Fact]
    public void ViolenceReported_SafetyVeto_WithholdsClinicGroupAndUsesRegionContacts()
    {
        var plan = _engine.Recommend(SampleProfiles.DriftingApartWithViolence());

        plan.AllItems.Should().NotContain(i => i.InterventionId == ExampleClinic.CouplesGroup.Id);
        plan.Withheld.Should().ContainSingle(w => w.InterventionId == ExampleClinic.CouplesGroup.Id)
            .Which.HeldBy.Should().Contain("gate.violence-or-coercion");
        plan.AllItems.SelectMany(i => i.Contacts).Should().NotBeEmpty()
            .And.OnlyContain(c => c.Name.StartsWith("Example Region", StringComparison.Ordinal) && c.Phone == null);
        plan.ForAudience(Audience.Couple).AllItems.Should().NotContain(i => i.InterventionId == ExampleClinic.CouplesGroup.Id);
    }

    [Fact]
    public void ViolenceReported_PlainText_ListsClinicGroupAsHeldBack()
    {
        var text = PlanRenderingFor(SampleProfiles.DriftingApartWithViolence(), Audience.PartnerA);

        var heldBack = text[text.IndexOf("Held back for now", StringComparison.Ordinal)..];
        heldBack.Should().Contain("Example Riverside Clinic");
    }

    [Fact]
    public void CrisisContacts_OutsideExampleRegion_FallBackToLibraryWording()
    {
        var contacts = new ExampleRegionCrisisContacts().GetContacts("elsewhere", CrisisKind.DomesticViolence);

        contacts.Should().BeEquivalentTo(new LocalEmergencyNumberProvider().GetContacts("elsewhere", CrisisKind.DomesticViolence));
    }

    [Fact]
    public void Build_AppInterventionCitingTakenSourceIdWithOtherContent_Throws()
    {
        var impostor = new Source(Intimacy.Core.Sources.Sources.Doss2016.Id, "Not the real paper", null, null, SourceKind.Book, EvidenceLevel.PractitionerAdvice);
        var intervention = new Intervention(
            "intervention.example-impostor", "Impostor", "Cites a source whose id belongs to another work.",
            InterventionKind.Resource, InterventionActor.OnePartner, PlanStage.EmotionalFoundation,
            [IntimacyDimension.Emotional], [impostor.At("anywhere")]);

        var act = () => new RecommendationEngineBuilder().AddInterventions(intervention).Build();

        act.Should().Throw<ArgumentException>().WithMessage("*source.doss-2016*");
    }

    private string PlanRenderingFor(Intimacy.Core.Profiles.CoupleProfile profile, Audience audience) =>
        Intimacy.Recommendations.Rendering.PlanRenderer.ToPlainText(_engine.Recommend(profile), audience);
}
