using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in the app-developer API review. Where a ranking rule of the veto cannot raise its items past the top of the
/// 0–100 scale (emergency services proposed at 100 while other items are at 100 too), it moves all the other items
/// down one step instead; an item at 0 then went to -1, and with a safety screening also placed above joint
/// professional help at the top, to -2: below the documented range, in the plan, its views and its JSON.
/// </summary>
public class PriorityRangeAtTheTopTests
{
    private static readonly RecommendationEngine Engine = new RecommendationEngineBuilder().AddRules(typeof(TopAndBottom)).Build();

    [Fact]
    public void EveryPriority_StaysFrom0To100_InEveryView_WhenTheTopIsFull()
    {
        var plan = Engine.Recommend(SafetyProfiles.Screened(erectileDifficulty: false));

        var items = plan.AllItems.ToList();
        items.Should().Contain(i => i.InterventionId == "intervention.emotionally-focused-therapy");
        items.Select(i => i.Priority).Should().OnlyContain(p => p >= 0 && p <= 100);
        items.SelectMany(i => i.Views ?? []).Select(v => v.Priority).Should().NotBeEmpty().And.OnlyContain(p => p >= 0 && p <= 100);
        foreach (var audience in Enum.GetValues<Audience>())
        {
            plan.ForAudience(audience).AllItems.Select(i => i.Priority).Should().OnlyContain(p => p >= 0 && p <= 100, "the {0} view", audience);
        }
    }

    [Fact]
    public void TheOrder_TheRankingRulesMake_IsKept_WhenTheTopIsFull()
    {
        var plan = Engine.Recommend(SafetyProfiles.Screened(erectileDifficulty: false));

        foreach (var audience in Enum.GetValues<Audience>())
        {
            var items = plan.ForAudience(audience).AllItems.ToList();
            int At(string id) => items.FindIndex(i => i.InterventionId == id);
            int Priority(string id) => items.First(i => i.InterventionId == id).Priority;

            items[0].InterventionId.Should().Be("intervention.emergency-services", "the {0} view", audience);

            // Pushed to the top: above what was pushed to the bottom, the screening above the joint therapies.
            Priority("intervention.safety-screening").Should().BeGreaterThan(Priority("intervention.couples-therapy"), "the {0} view", audience);
            Priority("intervention.couples-therapy").Should().BeGreaterThan(Priority("intervention.emotionally-focused-therapy"), "the {0} view", audience);
            Priority("intervention.support-group").Should().BeGreaterThan(Priority("intervention.relationship-workshop"), "the {0} view", audience);
            At("intervention.support-group").Should().BeLessThan(At("intervention.relationship-workshop"), "the {0} view", audience);
        }
    }

    /// <summary>
    /// Proposes, for the couple, emergency services (critical), a safety screening, couples therapy and the support
    /// group at 100, emotionally focused therapy and a relationship workshop at 0, and date nights at both.
    /// </summary>
    [Name("App.TopAndBottom")]
    [Priority(-10)]
    public sealed class TopAndBottom : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() =>
        [
            Push("intervention.emergency-services", 100, Indicator.Critical), Push("intervention.safety-screening", 100),
            Push("intervention.couples-therapy", 100), Push("intervention.support-group", 100),
            Push("intervention.emotionally-focused-therapy", 0), Push("intervention.relationship-workshop", 0),

            // At the top on partner A's private answer, at the bottom on a shared one: the couple's view ranks it on its own.
            Push("intervention.date-nights", 100, inputs: ["$.partnerA.safety.fearsPartner"]), Push("intervention.date-nights", 0),
        ];

        private static Candidate Push(string id, int priority, Indicator indicator = Indicator.Info, string[]? inputs = null) =>
            new(id, priority, ItemAudience.Couple, new Reason { RuleName = "App.TopAndBottom", Text = $"The app puts this at {priority}.", InputPaths = inputs ?? [] }, indicator);
    }
}
