using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Scenarios;
using static Intimacy.Recommendations.Tests.Rules.RuleExample;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>
/// The engine reuses the immutable findings, candidates and reasons its built-in rules make. Reuse must
/// never carry one evaluation's disclosure, subject or thresholds into another.
/// </summary>
public class ReuseAcrossEvaluationsTests
{
    private static CoupleProfile BodyImage(Visibility visibility) =>
        Couples.Both(a => a.Personal(p => p with { Visibility = visibility, BodyImageConcerns = true }));

    [Fact]
    public void AlternatingVisibility_GivesEachEvaluationItsOwnDisclosure()
    {
        var engine = RecommendationEngine.CreateDefault();
        for (var round = 0; round < 3; round++)
        {
            var shared = engine.Recommend(BodyImage(Visibility.Shared)).Findings.Single(f => f.RuleName == "Detect.Barrier.BodyImage");
            var hidden = engine.Recommend(BodyImage(Visibility.Private)).Findings.Single(f => f.RuleName == "Detect.Barrier.BodyImage");

            shared.Disclosure.Should().Be(Disclosure.Shared);
            hidden.Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerA));
        }
    }

    [Fact]
    public void APrivateFinding_NeverReachesTheCoupleView_AfterASharedOneWasReused()
    {
        var engine = RecommendationEngine.CreateDefault();
        engine.Recommend(BodyImage(Visibility.Shared));

        var plan = engine.Recommend(BodyImage(Visibility.Private));

        plan.ForAudience(Audience.PartnerB).ShouldRevealNothingOf("$.partnerA.personal", [Core.Interventions.Interventions.IndividualTherapy.Id]);
    }

    [Fact]
    public void EnginesWithOtherThresholds_DoNotShareThresholdTexts()
    {
        var profile = Couples.Both(a => a.Life(l => l with { WorkHoursPerWeek = 60 }));
        var standard = RecommendationEngine.CreateDefault().Recommend(profile);
        var stricter = Engines.With(o => o.LongWorkHours = 45).Recommend(profile);

        var standardText = standard.Findings.Single(f => f.Id == "barrier.long-work-hours:partnerA").Threshold;
        var stricterText = stricter.Findings.Single(f => f.Id == "barrier.long-work-hours:partnerA").Threshold;
        stricterText.Should().Contain("45").And.NotBe(standardText);
    }

    [Fact]
    public void RepeatedEvaluations_AreEqual_AndIndependentOfWhatCameBetween()
    {
        var engine = RecommendationEngine.CreateDefault();
        var profile = BodyImage(Visibility.Private);
        var first = Core.Serialization.PlanJson.Serialize(engine.Recommend(profile));

        engine.Recommend(BodyImage(Visibility.Shared));
        engine.Recommend(Couples.Both(a => a.Life(l => l with { WorkHoursPerWeek = 70 })));

        Core.Serialization.PlanJson.Serialize(engine.Recommend(profile)).Should().Be(first);
    }

    /// <summary>
    /// The engine lends each evaluation a rule session and the planner's lookup tables, and takes them back
    /// for the next. A host's crisis-contact provider runs inside an evaluation and may itself ask the same
    /// engine for a plan: the nested evaluation must not disturb the outer one, and neither may leave
    /// anything behind.
    /// </summary>
    [Fact]
    public void ANestedEvaluation_FromTheCrisisProvider_ChangesNeitherPlan()
    {
        var outer = Couples.Both(a => a.Safety(s => s with { SelfHarmThoughts = true }), b => b.Personal(p => p with { BodyImageConcerns = true }));
        var nested = Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true }), b => b.Safety(s => s with { FearsPartner = true }));
        var plain = RecommendationEngine.CreateDefault();
        var expectedOuter = Core.Serialization.PlanJson.Serialize(plain.Recommend(outer));
        var expectedNested = Core.Serialization.PlanJson.Serialize(plain.Recommend(nested));

        var provider = new NestingProvider(nested);
        var engine = new RecommendationEngineBuilder().UseCrisisContacts(provider).Build();
        provider.Engine = engine;

        Core.Serialization.PlanJson.Serialize(engine.Recommend(outer)).Should().Be(expectedOuter);
        provider.NestedPlans.Should().NotBeEmpty("the outer plan has crisis items, so the provider ran");
        provider.NestedPlans.Should().AllBe(expectedNested);
        Core.Serialization.PlanJson.Serialize(engine.Recommend(nested)).Should().Be(expectedNested, "nothing of the outer evaluation is left behind");
    }

    private sealed class NestingProvider(CoupleProfile nested) : Crisis.ICrisisContactProvider
    {
        private readonly Crisis.LocalEmergencyNumberProvider _contacts = new();
        private bool _inside;

        public RecommendationEngine? Engine { get; set; }

        public List<string> NestedPlans { get; } = [];

        public IReadOnlyList<CrisisContact> GetContacts(string? region, Crisis.CrisisKind kind)
        {
            if (!_inside && Engine is not null)
            {
                _inside = true;
                NestedPlans.Add(Core.Serialization.PlanJson.Serialize(Engine.Recommend(nested)));
                _inside = false;
            }

            return _contacts.GetContacts(region, kind);
        }
    }
}
