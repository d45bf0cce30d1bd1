using CustomRules;
using Intimacy.Core.Catalog;
using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
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
        plan.Support.Should().Contain(item, "professional help goes to the support track");
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

        // Professional help is placed on the support track whatever stage it names; a sample that named a
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

    /// <summary>The four views a plan has: the couple's, each partner's and the clinician's.</summary>
    public static TheoryData<Audience> Views => new() { Audience.Couple, Audience.PartnerA, Audience.PartnerB, Audience.Clinician };

    /// <summary>
    /// The drifting couple with a partner not screened for safety (docs/safety.md, row 6): a missing safety
    /// screen, an unanswered violence, fear or control question, an unanswered self-harm question with no
    /// PHQ-9 item 9, or only one partner answering.
    /// </summary>
    public static TheoryData<string> Unscreened => new() { "partner B has no safety screen", "partner A left fear unanswered", "partner B left self-harm unanswered", "only partner A answered" };

    private static CoupleProfile UnscreenedProfile(string which) => which switch
    {
        "partner B has no safety screen" => Drifting(b => { }),
        "partner A left fear unanswered" => Drifting(b => b.Safety(Clear), a => a.Safety(s => Clear(s) with { FearsPartner = null })),
        "partner B left self-harm unanswered" => Drifting(b => b.Safety(s => Clear(s) with { SelfHarmThoughts = null })),
        "only partner A answered" => SampleProfiles.DriftingApartOnlyOneAnswered(),
        _ => throw new ArgumentOutOfRangeException(nameof(which)),
    };

    private static SafetyScreen Clear(SafetyScreen s) =>
        s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false };

    private static CoupleProfile Drifting(Action<IPartnerResponseBuilder> partnerB, Action<IPartnerResponseBuilder>? partnerA = null) =>
        CoupleProfileBuilder.Create()
            .WithPartnerA(44, a =>
            {
                a.View(v => v with { FeelsLikeRoommates = true, Affection = Frequency.Rarely }).Safety(Clear);
                partnerA?.Invoke(a);
            })
            .WithPartnerB(46, b =>
            {
                b.View(v => v with { FeelsLikeRoommates = true });
                partnerB(b);
            })
            .WithRelationship(r => r with { LengthYears = 17 })
            .Build();

    [Theory]
    [MemberData(nameof(Unscreened))]
    public void UnscreenedPartner_ClinicGroup_IsInNoViewAndTheScreeningComesFirst(string which)
    {
        var plan = _engine.Recommend(UnscreenedProfile(which));

        // The app's rule still proposes the group (the drift is there), and the veto holds it back.
        plan.Findings.Should().Contain(f => f.Code == "sign.parallel-lives", "the app's rule has its reason");
        plan.Withheld.Should().Contain(w => w.InterventionId == ExampleClinic.CouplesGroup.Id, "the group is a joint professional route, which row 6 holds back");
        plan.AllItems.Should().Contain(i => i.InterventionId == "intervention.safety-screening", "row 6 asks for a private safety screening first");
        foreach (var audience in (Audience[])[Audience.Couple, Audience.PartnerA, Audience.PartnerB, Audience.Clinician])
        {
            plan.ForAudience(audience).AllItems.Should().NotContain(i => i.InterventionId == ExampleClinic.CouplesGroup.Id, $"{which}: no view may offer the group before the screening");
        }
    }

    [Theory]
    [MemberData(nameof(Unscreened))]
    public void UnscreenedPartner_PlainText_NeverOffersTheClinicGroup(string which)
    {
        var plan = _engine.Recommend(UnscreenedProfile(which));
        foreach (var audience in (Audience[])[Audience.Couple, Audience.PartnerA, Audience.PartnerB])
        {
            var text = Intimacy.Recommendations.Rendering.PlanRenderer.ToPlainText(plan, audience);
            var offered = text.Contains("Held back for now", StringComparison.Ordinal) ? text[..text.IndexOf("Held back for now", StringComparison.Ordinal)] : text;
            offered.Should().NotContain("Example Riverside Clinic", $"{which}: {audience}'s plan must not offer the group");
        }
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void ScreenedSafeCouple_ClinicGroup_IsInEveryView(Audience audience)
    {
        var plan = _engine.Recommend(SampleProfiles.DriftingApart());

        plan.Withheld.Should().NotContain(w => w.InterventionId == ExampleClinic.CouplesGroup.Id);
        plan.ForAudience(audience).AllItems.Should().ContainSingle(i => i.InterventionId == ExampleClinic.CouplesGroup.Id);
    }

    [Fact]
    public void ClinicGroup_IsDeclaredAsAJointProfessionalRoute_WithTheConjointTherapiesContraindications()
    {
        var group = ExampleClinic.CouplesGroup;

        group.Actor.Should().Be(InterventionActor.CoupleTogether);
        group.Kind.Should().Be(InterventionKind.ProfessionalTherapy, "a clinic's guided group is professional help the couple attend together");
        group.Contraindications.Should().BeEquivalentTo(Intimacy.Core.Interventions.Interventions.CouplesTherapy.Contraindications,
            "the sample models good practice: it is held back wherever the library's own couples therapy is");
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
