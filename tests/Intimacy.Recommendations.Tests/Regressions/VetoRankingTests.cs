using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by the property tests: when an app rule put a joint professional route at priority 100, the
/// veto could only raise the safety screening to 100 as well, and the tie was broken by id, so
/// behavioural couples therapy (and every other joint route whose id sorts first) came before the
/// screening. Sex therapy at 100 tied with the physician visit the same way (saved only by the alphabet).
/// </summary>
public class VetoRankingTests
{
    private static readonly RecommendationEngine Engine = new RecommendationEngineBuilder().AddRules(typeof(PushJointRoutesToTheTop)).Build();

    [Fact]
    public void SafetyScreening_ComesBeforeJointRoutes_EvenWhenAnAppRulePutsThemAtTheTop()
    {
        // Both partners screened for violence, fear and control, but nobody asked about self-harm: row 6 applies,
        // and no contraindication holds the joint routes back.
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(40, a => a.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false }))
            .WithPartnerB(41, b => b.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false }))
            .Build();

        var support = Engine.Recommend(profile).Support.ToList();

        var joint = support.Where(i => i.InterventionId is "intervention.behavioural-couples-therapy" or "intervention.couples-therapy").ToList();
        joint.Should().HaveCount(2);
        var screenings = support.Where(i => i.InterventionId == "intervention.safety-screening").ToList();
        screenings.Should().HaveCount(2);
        foreach (var screening in screenings)
        {
            support.IndexOf(screening).Should().BeLessThan(joint.Min(support.IndexOf));
            screening.Priority.Should().BeGreaterThan(joint.Max(i => i.Priority));
        }
    }

    [Fact]
    public void PhysicianVisit_OutranksSexTherapy_EvenWhenAnAppRulePutsSexTherapyAtTheTop()
    {
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(58, a => a
                .Health(h => h with { ErectileDifficulty = true })
                .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .WithPartnerB(55, b => b.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .Build();

        var support = Engine.Recommend(profile).Support.ToList();

        var physician = support.Single(i => i.InterventionId == "intervention.physician-visit");
        var sexTherapy = support.Single(i => i.InterventionId == "intervention.sex-therapy");
        physician.Priority.Should().BeGreaterThan(sexTherapy.Priority);
        support.IndexOf(physician).Should().BeLessThan(support.IndexOf(sexTherapy));
    }

    /// <summary>An app rule that proposes joint professional routes at the top of the scale.</summary>
    [Name("App.PushJointRoutesToTheTop")]
    [Priority(-10)]
    public sealed class PushJointRoutesToTheTop : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            CoupleProfile profile = null!;

            When()
                .Match(() => profile);
            Then()
                .Do(ctx => ctx.Insert(Push("intervention.behavioural-couples-therapy")))
                .Do(ctx => ctx.Insert(Push("intervention.couples-therapy")))
                .Do(ctx => ctx.Insert(Push("intervention.sex-therapy")));
        }

        private static Candidate Push(string id) =>
            new(id, 100, ItemAudience.Couple, new Reason { RuleName = "App.PushJointRoutesToTheTop", Text = "The app prefers this." });
    }
}
