using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Recommendations.Tests.Scenarios;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by mutation testing of the veto's ranking: where a route the ranking puts first ties with one it puts after
/// it below the top of the scale, the first is raised above it and the other keeps the priority its rule gave. Only
/// at 100, where nothing can be raised, do the others move down instead. No test told raising apart from moving the
/// others down, since both keep the order.
/// </summary>
public class RankingTieBelowTheTopTests
{
    private static readonly RecommendationEngine Engine = new RecommendationEngineBuilder().AddRules(typeof(ProposeBothAt99)).Build();

    [Fact]
    public void APhysicianVisitTiedWithSexTherapyBelowTheTop_IsRaisedAboveIt_AndSexTherapyKeepsItsPriority()
    {
        var plan = Engine.Recommend(SafetyProfiles.Screened(erectileDifficulty: false));

        plan.Item("intervention.physician-visit").Priority.Should().Be(100);
        plan.Item("intervention.sex-therapy").Priority.Should().Be(99);
    }

    /// <summary>Proposes a physician visit for partner A and sex therapy for the couple, both at 99.</summary>
    [Name("App.ProposeBothAt99")]
    public sealed class ProposeBothAt99 : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() =>
        [
            new Candidate("intervention.physician-visit", 99, ItemAudience.PartnerA, Why("A check-up, at 99."), Indicator.Warning),
            new Candidate("intervention.sex-therapy", 99, ItemAudience.Couple, Why("Sex therapy, at 99."), Indicator.Warning),
        ];

        private static Reason Why(string text) => new() { RuleName = "App.ProposeBothAt99", Text = text, Disclosure = Disclosure.Shared };
    }
}
