using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Sources;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Scenarios;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in the app-developer API review: an app rule builds its findings and candidates' reasons with lists of its
/// own (a <see cref="List{T}"/> of input paths, finding ids, sources). The plan kept those very lists, so an app
/// changing one after the evaluation changed a plan it had already cached or sent, and one changing it after the
/// candidate had been checked could slip a null past the check into the plan.
/// </summary>
public class AppRuleListsTests
{
    [Fact]
    public void ChangingTheAppRulesLists_AfterRecommend_LeavesThePlanUnchanged()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(ListKeepingRule)).Build();
        var plan = engine.Recommend(Couples.Both());
        var json = PlanJson.Serialize(plan);
        plan.Findings.Should().Contain(f => f.Id == ListKeepingRule.FindingId);
        plan.AllItems.SelectMany(i => i.Reasons).Should().Contain(r => r.RuleName == ListKeepingRule.RuleName);

        var lists = ListKeepingRule.Last!;
        lists.FindingPaths.Add("$.partnerB.safety.fearsPartner");
        lists.FindingSources.Clear();
        lists.ReasonFindingIds[0] = "app.something-else";
        lists.ReasonPaths.Clear();

        PlanJson.Serialize(plan).Should().Be(json, "the plan keeps its own copies of what the app rule gave it");
    }

    [Fact]
    public void ChangingAReasonsList_AfterTheCandidateWasChecked_CannotSlipANullIntoThePlan()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(ListSpoilingRule)).Build();

        var plan = engine.Recommend(Couples.Both());

        var reason = plan.AllItems.SelectMany(i => i.Reasons).Single(r => r.RuleName == ListSpoilingRule.RuleName);
        reason.InputPaths.Should().Equal("$.partnerA.view.affection");
        PlanJson.Serialize(PlanJson.Deserialize(PlanJson.Serialize(plan))).Should().Be(PlanJson.Serialize(plan));
    }

    /// <summary>The lists one firing of <see cref="ListKeepingRule"/> built and kept.</summary>
    public sealed record KeptLists(List<string> FindingPaths, List<Citation> FindingSources, List<string> ReasonFindingIds, List<string> ReasonPaths);

    /// <summary>Records a finding and proposes an item for it, with lists the rule keeps (as an app might, to reuse them).</summary>
    [Name(RuleName)]
    public sealed class ListKeepingRule : Rule
    {
        public const string RuleName = "App.ListKeeping";
        public const string FindingId = "app.kept-lists";

        public static KeptLists? Last { get; private set; }

        /// <inheritdoc />
        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent, r => r.Partner == PartnerId.PartnerA);
            Then().Do(ctx => Insert(ctx));
        }

        private static void Insert(IContext context)
        {
            var lists = new KeptLists(
                ["$.partnerA.view.affection"],
                [Citation.From(Sources.Rekindle.At("Affection"))],
                [FindingId],
                ["$.partnerA.view.affection"]);
            Last = lists;
            context.Insert(new Finding
            {
                Id = FindingId,
                Code = FindingId,
                Kind = FindingKind.WarningSign,
                Title = "Kept lists",
                RuleName = RuleName,
                InputPaths = lists.FindingPaths,
                Sources = lists.FindingSources,
            });
            context.Insert(new Candidate("intervention.weekly-check-in", 40, ItemAudience.Couple, new Reason
            {
                RuleName = RuleName,
                Text = "The app keeps its lists.",
                FindingIds = lists.ReasonFindingIds,
                InputPaths = lists.ReasonPaths,
            }));
        }
    }

    /// <summary>Proposes an item, then puts a null into its reason's input paths once the candidate was made.</summary>
    [Name(RuleName)]
    public sealed class ListSpoilingRule : Rule
    {
        public const string RuleName = "App.ListSpoiling";

        /// <inheritdoc />
        public override void Define()
        {
            Respondent respondent = null!;
            When().Match(() => respondent, r => r.Partner == PartnerId.PartnerA);
            Then().Do(ctx => Insert(ctx));
        }

        private static void Insert(IContext context)
        {
            List<string> paths = ["$.partnerA.view.affection"];
            context.Insert(new Candidate("intervention.weekly-check-in", 40, ItemAudience.Couple, new Reason
            {
                RuleName = RuleName,
                Text = "The app changes its list afterwards.",
                InputPaths = paths,
            }));
            paths[0] = null!;
        }
    }
}
