using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by the property tests: when an app rule put a joint professional route at priority 100, the
/// veto could only raise the safety screening to 100 as well, and the tie was broken by id, so
/// behavioural couples therapy (and every other joint route whose id sorts first) came before the
/// screening (row 6 now holds such routes back altogether). Sex therapy at 100 tied with the physician visit the same way (saved only by the alphabet).
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

        var plan = Engine.Recommend(profile);
        var support = plan.Support.ToList();

        support.Where(i => i.InterventionId == "intervention.safety-screening").Should().HaveCount(2);
        support.IndexOf(support.First(i => i.InterventionId == "intervention.safety-screening")).Should().Be(0);

        // Since the red-team review, row 6 holds the joint routes back instead of only ranking them below
        // the screening, which the couple's view cannot show (it rests on each partner's private answers).
        support.Should().NotContain(i => i.InterventionId == "intervention.behavioural-couples-therapy" || i.InterventionId == "intervention.couples-therapy");
        plan.Withheld.Should().Contain(w => w.InterventionId == "intervention.behavioural-couples-therapy" && w.HeldBy == "gate.safety-not-screened");
        plan.Withheld.Should().Contain(w => w.InterventionId == "intervention.couples-therapy" && w.HeldBy == "gate.safety-not-screened");
    }

    [Fact]
    public void PhysicianVisit_OutranksSexTherapy_EvenWhenAnAppRulePutsSexTherapyAtTheTop()
    {
        var support = Engine.Recommend(SafetyProfiles.Screened(erectileDifficulty: true)).Support.ToList();

        var physician = support.Single(i => i.InterventionId == "intervention.physician-visit");
        var sexTherapy = support.Single(i => i.InterventionId == "intervention.sex-therapy");
        physician.Priority.Should().BeGreaterThan(sexTherapy.Priority);
        support.IndexOf(physician).Should().BeLessThan(support.IndexOf(sexTherapy));
    }

    /// <summary>An app rule that proposes joint professional routes at the top of the scale.</summary>
    [Name("App.PushJointRoutesToTheTop")]
    [Priority(-10)]
    public sealed class PushJointRoutesToTheTop : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() =>
            [Push("intervention.behavioural-couples-therapy"), Push("intervention.couples-therapy"), Push("intervention.sex-therapy")];

        private static Candidate Push(string id) =>
            new(id, 100, ItemAudience.Couple, new Reason { RuleName = "App.PushJointRoutesToTheTop", Text = "The app prefers this." });
    }
}
