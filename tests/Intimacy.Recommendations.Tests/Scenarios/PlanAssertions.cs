using System.Text.RegularExpressions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// The checks every scenario makes of a plan (or of one audience's view of it): what the urgent lane
/// holds, what the support track holds and in which order, that the phases keep the staging order,
/// what must not appear, and what a partner or the couple must not learn from someone's private answers.
/// </summary>
internal static partial class PlanAssertions
{
    private static readonly PlanStage[] PhaseOrder =
        [PlanStage.EmotionalFoundation, PlanStage.NonSexualAffection, PlanStage.SexualReconnection, PlanStage.Maintenance];

    /// <summary>The urgent lane holds exactly these interventions, in this order.</summary>
    public static void UrgentShouldBe(this RecommendationPlan plan, params string[] interventionIds)
    {
        plan.Urgent.Select(i => i.InterventionId).Should().Equal(interventionIds, "the urgent lane of the {0} view", plan.Audience);
        plan.Urgent.Where(i => i.Track != PlanTrack.Urgent || i.Indicator != Indicator.Critical || i.Stage != PlanStage.Urgent)
            .Should().BeEmpty("urgent items are critical and sit in the urgent lane");
    }

    /// <summary>Nothing is urgent.</summary>
    public static void UrgentShouldBeEmpty(this RecommendationPlan plan) =>
        plan.Urgent.Should().BeEmpty("nothing in the {0} view calls for urgent action", plan.Audience);

    /// <summary>The support track holds exactly these interventions, in this order.</summary>
    public static void SupportShouldBe(this RecommendationPlan plan, params string[] interventionIds)
    {
        plan.Support.Select(i => i.InterventionId).Should().Equal(interventionIds, "the support track of the {0} view", plan.Audience);
        SupportShouldBeOrderedByPriority(plan);
    }

    /// <summary>The support track starts with these interventions, in this order.</summary>
    public static void SupportShouldStartWith(this RecommendationPlan plan, params string[] interventionIds)
    {
        plan.Support.Select(i => i.InterventionId).Take(interventionIds.Length).Should()
            .Equal(interventionIds, "the head of the support track of the {0} view", plan.Audience);
        SupportShouldBeOrderedByPriority(plan);
    }

    /// <summary>Nothing is in the support track.</summary>
    public static void SupportShouldBeEmpty(this RecommendationPlan plan) =>
        plan.Support.Select(i => i.InterventionId).Should().BeEmpty("no professional or medical route is called for in the {0} view", plan.Audience);

    /// <summary>
    /// The phases are non-empty, strictly in the order emotional foundation, non-sexual affection,
    /// sexual reconnection, maintenance, each holding only items of its own stage; exactly
    /// <paramref name="stages"/> are present.
    /// </summary>
    public static void PhasesShouldBe(this RecommendationPlan plan, params PlanStage[] stages)
    {
        PhasesShouldKeepStageOrder(plan);
        plan.Phases.Select(p => p.Stage).Should().Equal(stages, "the phases of the {0} view", plan.Audience);
    }

    /// <summary>The phases keep the staging order (whatever phases there are).</summary>
    public static void PhasesShouldKeepStageOrder(this RecommendationPlan plan)
    {
        var positions = plan.Phases.Select(p => Array.IndexOf(PhaseOrder, p.Stage)).ToList();
        positions.Should().NotContain(-1, "only the four staged phases may appear as phases");
        positions.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems("phases never come out of order or twice");
        foreach (var phase in plan.Phases)
        {
            phase.Items.Should().NotBeEmpty("an empty phase is left out");
            phase.Items.Where(i => i.Stage != phase.Stage || i.Track != PlanTrack.Phase).Should().BeEmpty("items sit in their own stage's phase");
            phase.Items.Select(i => i.Priority).Should().BeInDescendingOrder("items within a phase are ranked by priority");
        }

        plan.Support.Where(i => i.Track != PlanTrack.Support || i.Stage != PlanStage.Support).Should().BeEmpty("support items sit in the support track");
    }

    /// <summary>The phase of <paramref name="stage"/> contains (at least) these interventions.</summary>
    public static void PhaseShouldContain(this RecommendationPlan plan, PlanStage stage, params string[] interventionIds)
    {
        var phase = plan.Phases.SingleOrDefault(p => p.Stage == stage);
        phase.Should().NotBeNull("the {0} view should have a {1} phase", plan.Audience, stage);
        phase!.Items.Select(i => i.InterventionId).Should().Contain(interventionIds);
    }

    /// <summary>None of these interventions is recommended anywhere in the plan (they may be withheld).</summary>
    public static void ShouldNotRecommend(this RecommendationPlan plan, params string[] interventionIds) =>
        plan.AllItems.Select(i => i.InterventionId).Intersect(interventionIds).Should().BeEmpty("the {0} view must not recommend them", plan.Audience);

    /// <summary>No recommended item is something the couple does together.</summary>
    public static void ShouldRecommendNothingJoint(this RecommendationPlan plan, Core.Catalog.IntimacyCatalog catalog)
    {
        var joint = plan.AllItems.Where(i => catalog.Interventions.Single(x => x.Id == i.InterventionId).Actor == InterventionActor.CoupleTogether);
        joint.Select(i => i.InterventionId).Should().BeEmpty("no joint item may be suggested");
    }

    /// <summary>The intervention is listed as withheld, held back by <paramref name="heldBy"/>, with at least one reason.</summary>
    public static void ShouldWithhold(this RecommendationPlan plan, string interventionId, string heldBy)
    {
        var withheld = plan.Withheld.Where(w => w.InterventionId == interventionId).ToList();
        withheld.Should().NotBeEmpty("{0} should be withheld in the {1} view", interventionId, plan.Audience);
        withheld.Where(w => w.HeldBy != heldBy || w.Reasons.Count == 0).Select(w => w.HeldBy).Should().BeEmpty("{0} should be held back by {1}, with reasons", interventionId, heldBy);
        plan.ShouldNotRecommend(interventionId);
    }

    /// <summary>Nothing is listed as withheld.</summary>
    public static void WithheldShouldBeEmpty(this RecommendationPlan plan) =>
        plan.Withheld.Select(w => w.InterventionId + " by " + w.HeldBy).Should().BeEmpty("the {0} view lists nothing as withheld", plan.Audience);

    /// <summary>Both are in the support track and <paramref name="higher"/> comes first, with a higher priority.</summary>
    public static void ShouldRankAbove(this RecommendationPlan plan, string higher, string lower)
    {
        var ids = plan.Support.Select(i => i.InterventionId).ToList();
        ids.Should().Contain([higher, lower]);
        ids.IndexOf(higher).Should().BeLessThan(ids.IndexOf(lower), "{0} comes before {1}", higher, lower);
        plan.Support.First(i => i.InterventionId == higher).Priority.Should()
            .BeGreaterThan(plan.Support.Where(i => i.InterventionId == lower).Max(i => i.Priority));
    }

    /// <summary>The item for this intervention (the first one, by rank).</summary>
    public static PlanItem Item(this RecommendationPlan plan, string interventionId)
    {
        var item = plan.AllItems.FirstOrDefault(i => i.InterventionId == interventionId);
        item.Should().NotBeNull("{0} should be recommended in the {1} view", interventionId, plan.Audience);
        return item!;
    }

    /// <summary>Every item carries at least one reason and one source; every withheld item a reason.</summary>
    public static void ShouldExplainEverything(this RecommendationPlan plan)
    {
        plan.AllItems.Where(i => i.Reasons.Count == 0 || i.Sources.Count == 0).Select(i => i.InterventionId)
            .Should().BeEmpty("every item in the {0} view is explained and sourced", plan.Audience);
        plan.Withheld.Where(w => w.Reasons.Count == 0).Select(w => w.InterventionId).Should().BeEmpty("every withheld item in the {0} view says why", plan.Audience);
    }

    /// <summary>
    /// The view shows nothing that rests on answers under <paramref name="privatePathPrefix"/>: no finding,
    /// reason, withheld reason or notice cites them, none of <paramref name="hiddenInterventionIds"/>
    /// appears as an item or as withheld, and no safety notice in <paramref name="hiddenGateIds"/> appears.
    /// </summary>
    public static void ShouldRevealNothingOf(
        this RecommendationPlan view, string privatePathPrefix, string[] hiddenInterventionIds, params string[] hiddenGateIds)
    {
        view.Audience.Should().NotBe(Audience.Clinician, "only a narrowed view can hide anything");
        bool Cites(IEnumerable<string> paths) => paths.Any(p => p.StartsWith(privatePathPrefix, StringComparison.Ordinal));

        view.Findings.Where(f => Cites(f.InputPaths)).Select(f => f.Id).Should().BeEmpty("no finding in the {0} view may rest on {1}", view.Audience, privatePathPrefix);
        view.AllItems.SelectMany(i => i.Reasons).Where(r => Cites(r.InputPaths)).Select(r => r.RuleName).Should().BeEmpty("no reason in the {0} view may cite {1}", view.Audience, privatePathPrefix);
        view.Withheld.SelectMany(w => w.Reasons).Where(r => Cites(r.InputPaths)).Select(r => r.RuleName).Should().BeEmpty();
        view.AllItems.Select(i => i.InterventionId).Intersect(hiddenInterventionIds).Should().BeEmpty("the {0} view must not show them", view.Audience);
        view.Withheld.Select(w => w.InterventionId).Intersect(hiddenInterventionIds).Should().BeEmpty("the {0} view must not list them as withheld", view.Audience);
        view.Notices.Select(n => n.GateId).Intersect(hiddenGateIds).Should().BeEmpty("the {0} view must not carry those notices", view.Audience);
        view.Withheld.Select(w => w.HeldBy).Intersect(hiddenGateIds).Should().BeEmpty("a withheld item must not name a gate the {0} view may not know of", view.Audience);
        view.Findings.Select(f => f.Code).Intersect(hiddenGateIds).Should().BeEmpty();
        view.ShouldExplainEverything();
    }

    /// <summary>
    /// Medical wording: any sentence in an item that speaks of stopping, changing, switching or reducing
    /// a medicine or dose says not to ("never", "do not").
    /// </summary>
    public static void MedicalWordingShouldNeverSuggestChangingMedicineAlone(this RecommendationPlan plan)
    {
        foreach (var item in plan.AllItems)
        {
            var text = string.Join(" ", new[] { item.Summary, item.Detail }.Concat(item.Reasons.Select(r => r.Text)));
            foreach (var sentence in SentenceBreak().Split(text))
            {
                if (ChangeVerb().IsMatch(sentence) && Medicine().IsMatch(sentence))
                {
                    Negation().IsMatch(sentence).Should().BeTrue("{0} must not suggest changing a medicine alone, but says \"{1}\"", item.InterventionId, sentence);
                }
            }
        }
    }

    /// <summary>Every sexual item done together states consent, that either may pause or stop, and that nobody is pressed.</summary>
    public static void SexualItemsShouldRequireConsentWithoutPressure(this RecommendationPlan plan, Core.Catalog.IntimacyCatalog catalog)
    {
        var sexual = plan.AllItems.Where(i => catalog.Interventions.Single(x => x.Id == i.InterventionId) is { IsSexual: true, Actor: InterventionActor.CoupleTogether }).ToList();
        sexual.Should().NotBeEmpty("the scenario is meant to produce sexual items");
        sexual.Where(i => !i.Detail.Contains("pressure", StringComparison.OrdinalIgnoreCase)).Select(i => i.InterventionId)
            .Should().BeEmpty("sexual items say nobody is pressed");
        sexual.Where(i => !i.Detail.Contains("agreement", StringComparison.OrdinalIgnoreCase)).Select(i => i.InterventionId)
            .Should().BeEmpty("sexual items say both must agree");
        sexual.Where(i => !i.Detail.Contains("pause or stop", StringComparison.OrdinalIgnoreCase)).Select(i => i.InterventionId)
            .Should().BeEmpty("sexual items say either partner may pause or stop");
    }

    private static void SupportShouldBeOrderedByPriority(RecommendationPlan plan) =>
        plan.Support.Select(i => i.Priority).Should().BeInDescendingOrder("the support track is ordered by priority");

    [GeneratedRegex(@"(?<=[.;:!?])\s+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(stop|stopping|change|changing|switch|switching|reduce|reducing|taper)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeVerb();

    [GeneratedRegex(@"\b(medicine|medication|dose)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Medicine();

    [GeneratedRegex(@"\b(never|do not|don't)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negation();
}
