using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in the safety and privacy red-team review: row 6 asks for a separate safety screening before any
/// joint professional route, and only ranked the screening above such routes. The screening rests on the
/// unscreened partner's private safety answers, so the couple's and the other partner's views showed the
/// joint route with no screening at all whenever nothing else held it back: with the built-in catalog when
/// the only unknown was the self-harm question (the safety-not-screened contraindication reads only the
/// violence, fear and control questions), and for an app's conjoint therapy that carries no contraindication.
/// </summary>
public class UnscreenedJointRouteTests
{
    private const string SafetyScreening = "intervention.safety-screening";
    private const string RowSix = "gate.safety-not-screened";

    private static readonly Intervention Intensive = AppInterventions.ClinicIntensive;

    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    private static readonly RecommendationEngine WithApp = new RecommendationEngineBuilder()
        .AddRules(typeof(ProposeIntensive))
        .AddInterventions(Intensive)
        .Build();

    [Fact]
    public void AnUnansweredSelfHarmQuestion_KeepsCouplesTherapyOutOfEveryView()
    {
        // Partner A answered the violence, fear and control questions but not the self-harm one, and gave no PHQ-9 item 9.
        var profile = Distressed(a => a.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false }));

        ShouldShowNoJointRouteWithoutTheScreening(Engine.Recommend(profile), "intervention.couples-therapy");
    }

    [Fact]
    public void AnAppsConjointTherapy_IsHeldBack_WhileAPartnerIsNotScreened()
    {
        var profile = Distressed(a => a);

        ShouldShowNoJointRouteWithoutTheScreening(WithApp.Recommend(profile), Intensive.Id);
    }

    [Fact]
    public void WhereTheContraindicationAlreadyHoldsTheRoute_ItStaysTheNamedHolder()
    {
        var plan = Engine.Recommend(Distressed(a => a));

        plan.Withheld.Should().Contain(w => w.InterventionId == "intervention.couples-therapy" && w.HeldBy == Contraindication.SafetyNotScreened.Id);
    }

    private static void ShouldShowNoJointRouteWithoutTheScreening(RecommendationPlan plan, string route)
    {
        foreach (var audience in new[] { Audience.Clinician, Audience.Couple, Audience.PartnerA, Audience.PartnerB })
        {
            var view = plan.ForAudience(audience);
            view.AllItems.Should().NotContain(i => i.InterventionId == route, "{0} is held back, so the {1} view does not show it at all", route, audience);

            // Any other joint route left in the view (the loop may well run zero times) comes after a screening.
            foreach (var joint in view.Support.Where(i => i.Audience == ItemAudience.Couple && i.Kind == InterventionKind.ProfessionalTherapy))
            {
                view.Support.TakeWhile(i => i != joint).Should().Contain(i => i.InterventionId == SafetyScreening, "{0} comes before a safety screening in the {1} view", joint.InterventionId, audience);
            }
        }

        plan.Support.Should().Contain(i => i.InterventionId == SafetyScreening && i.Audience == ItemAudience.PartnerA);
        plan.Withheld.Should().Contain(w => w.InterventionId == route && w.HeldBy == RowSix);
    }

    /// <summary>Both partners report distress and emotional distance in shared answers; partner B answered every safety question.</summary>
    private static CoupleProfile Distressed(Func<IPartnerResponseBuilder, IPartnerResponseBuilder> partnerA) => CoupleProfileBuilder.Create()
        .WithPartnerA(44, a => partnerA(a
            .View(v => v with { FeelsLikeRoommates = true, DistanceMonths = 12, Contempt = Frequency.Often, Criticism = Frequency.Often })
            .RelationshipScores(r => r with { Csi4 = 6 })))
        .WithPartnerB(45, b => b
            .View(v => v with { FeelsLikeRoommates = true, DistanceMonths = 12 })
            .RelationshipScores(r => r with { Csi4 = 7 })
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .Build();

    /// <summary>Proposes the app's intensive for the couple on their shared CSI-4 answers.</summary>
    [Name("App.ProposeIntensive")]
    public sealed class ProposeIntensive : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() => [new Candidate(Intensive.Id, 70, ItemAudience.Couple, new Reason
        {
            RuleName = "App.ProposeIntensive",
            Text = "The clinic offers an intensive for distressed couples.",
            InputPaths = ["$.partnerA.relationshipScores.csi4", "$.partnerB.relationshipScores.csi4"],
            Disclosure = Disclosure.Shared,
        }, Indicator.Warning)];
    }
}
