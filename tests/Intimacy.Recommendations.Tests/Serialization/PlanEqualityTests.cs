using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Recommendations.Tests.Scenarios;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Tests.Serialization;

/// <summary>
/// Found in the app-developer API review: a plan read back from its own JSON, or made again from the same profile,
/// was not <c>Equals</c> to the original (records compared their lists by reference), so an app could not tell a
/// cached plan from a changed one without comparing JSON text.
/// </summary>
public class PlanEqualityTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    private static readonly CoupleProfile[] Profiles = [.. OutputProfiles.Named(), .. OutputProfiles.Random(seed: 20261208, count: 60)];

    [Fact]
    public void APlanReadBackFromItsJson_EqualsTheOriginal_InEveryView()
    {
        foreach (var profile in Profiles)
        {
            var plan = Engine.Recommend(profile);
            foreach (var audience in Enum.GetValues<Audience>())
            {
                var view = plan.ForAudience(audience);

                var back = PlanJson.Deserialize(PlanJson.Serialize(view));

                (back == view).Should().BeTrue($"the {audience} view must equal itself read back from JSON");
                back.GetHashCode().Should().Be(view.GetHashCode());
            }
        }
    }

    [Fact]
    public void PlansOfTheSameProfile_AreEqual_FromOneEngineOrTwo()
    {
        var other = RecommendationEngine.CreateDefault();
        foreach (var profile in Profiles)
        {
            var plan = Engine.Recommend(profile);

            Engine.Recommend(profile).Should().Be(plan);
            other.Recommend(profile).Should().Be(plan);
            other.Recommend(profile).GetHashCode().Should().Be(plan.GetHashCode());
        }
    }

    [Fact]
    public void PlansOfDifferentProfiles_AreNotEqual()
    {
        Engine.Recommend(OutputProfiles.DriftingApart()).Should().NotBe(Engine.Recommend(OutputProfiles.PrivateViolenceByA()));
    }

    /// <summary>
    /// Candidates are facts, which the rule engine tells apart by equality. A reason equal to another by value (a rule
    /// firing once per partner that proposes the same item for the same couple finding, as the custom-rules sample
    /// does) must still make a new fact, as it did when reasons compared their lists by reference, or the second
    /// insert would be refused.
    /// </summary>
    [Fact]
    public void AnAppRuleProposingTheSameItemForAnEqualReasonTwice_StillRuns()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(SameReasonPerPartner)).Build();

        var plan = engine.Recommend(Couples.Both());

        plan.AllItems.Single(i => i.InterventionId == "intervention.weekly-check-in" && i.Reasons.Any(r => r.RuleName == SameReasonPerPartner.RuleName))
            .Reasons.Should().ContainSingle(r => r.RuleName == SameReasonPerPartner.RuleName);
    }

    /// <summary>For each partner, proposes the weekly check-in for the couple with one and the same reason (in new lists each time).</summary>
    [Name(RuleName)]
    public sealed class SameReasonPerPartner : Rule
    {
        public const string RuleName = "App.SameReasonPerPartner";

        /// <inheritdoc />
        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent);
            Then().Do(ctx => Propose(ctx));
        }

        private static void Propose(IContext context) => context.Insert(new Candidate("intervention.weekly-check-in", 40, ItemAudience.Couple, new Reason
        {
            RuleName = RuleName,
            Text = "A weekly check-in helps both of you.",
            InputPaths = ["$.partnerA.view.affection", "$.partnerB.view.affection"],
        }));
    }
}
