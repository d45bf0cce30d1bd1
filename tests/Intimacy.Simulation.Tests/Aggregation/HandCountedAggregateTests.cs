using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Statistics;

namespace Intimacy.Simulation.Tests.Aggregation;

/// <summary>
/// Four handmade plans whose every count is worked out by hand below. The generated example populations
/// have no safety findings, so these are the only tests that tell a gate in force from any other safety
/// finding, and that check the two safety counters apart.
/// </summary>
/// <remarks>
/// Catalog, in ordinal order (the co-occurrence numbering): book 0, crisis 1, talk 2, therapy 3. Rules a, b, c.
/// <list type="bullet">
/// <item>P1 (group x): findings gate.self-harm-risk (safety, critical) and finding.x (warning sign, warning);
/// crisis urgent (critical, 90); talk in a phase twice, once for each partner (warning, 50); therapy withheld.
/// Rule a fired twice. Plan size 2.</item>
/// <item>P2 (group x): finding safety.screen-positive (safety but no gate, warning); talk (info, 24) and book
/// (info, 25) as support. Rule a fired once. Plan size 2.</item>
/// <item>P3 (group y): no findings; book (info, 74). Rule c fired once. Plan size 1.</item>
/// <item>P4 (group y): an empty plan. Plan size 0.</item>
/// </list>
/// </remarks>
public class HandCountedAggregateTests
{
    private static readonly string[] Rules = ["rule.a", "rule.b", "rule.c"];
    private static readonly string[] Catalog = ["book", "crisis", "talk", "therapy"];

    private static readonly Evaluation P1 = new(
        Plan(
            findings: [Finding("gate.self-harm-risk", FindingKind.Safety, Indicator.Critical), Finding("finding.x", FindingKind.WarningSign, Indicator.Warning)],
            urgent: [Item("crisis", Indicator.Critical, 90)],
            phase: [Item("talk", Indicator.Warning, 50, ItemAudience.PartnerA), Item("talk", Indicator.Warning, 50, ItemAudience.PartnerB)],
            withheld: ["therapy"]),
        [2, 0, 0]);

    private static readonly Evaluation P2 = new(
        Plan(
            findings: [Finding("safety.screen-positive", FindingKind.Safety, Indicator.Warning)],
            support: [Item("talk", Indicator.Info, 24), Item("book", Indicator.Info, 25)]),
        [1, 0, 0]);

    private static readonly Evaluation P3 = new(Plan(phase: [Item("book", Indicator.Info, 74)]), [0, 0, 1]);

    private static readonly Evaluation P4 = new(Plan(), [0, 0, 0]);

    [Fact]
    public void Counters_OfFourHandmadePlans_AreTheHandCountedOnes()
    {
        var aggregate = Aggregate((P1, "x"), (P2, "x"), (P3, "y"), (P4, "y"));

        aggregate.Profiles.Should().Be(4);
        aggregate.Counters.Should().Equal(ExpectedCounters());
    }

    [Fact]
    public void SafetyCounters_TellAGateInForceFromAnyOtherSafetyFinding()
    {
        // Only P1's finding is a gate (its code is a gate's id); P2's is a safety finding but no gate.
        var aggregate = Aggregate((P1, "x"), (P2, "x"), (P3, "y"), (P4, "y"));

        aggregate.Count(Measures.Gate, "gate.self-harm-risk").Should().Be(1);
        aggregate.Count(Measures.Gate, "safety.screen-positive").Should().Be(0);
        aggregate.Count(Measures.Safety, Measures.AnyGate).Should().Be(1);
        aggregate.Count(Measures.Safety, Measures.AnySafetyFinding).Should().Be(2);
    }

    [Fact]
    public void Merge_OfTwoHalves_GivesTheHandCountedCounters()
    {
        // The halves see their codes in other orders, and each half has one of the two safety profiles.
        var left = Aggregate((P3, "y"), (P1, "x"));
        var right = Aggregate((P4, "y"), (P2, "x"));

        left.Merge(right);

        left.Profiles.Should().Be(4);
        left.Counters.Should().Equal(ExpectedCounters());
        left.RuleFirings.Should().Equal(3, 0, 1);
        left.RuleProfiles.Should().Equal(2, 0, 1);
        left.RulesNeverFired.Should().Equal("rule.b");
        left.PlanSizes.Counts.Should().Equal(1, 1, 2);
        left.CoOccurrence.Sets.Should().Be(4);
        left.CoOccurrence.Count(0, 2).Should().Be(1);
    }

    [Fact]
    public void RuleCounts_CountFiringsAndProfiles_AndNameTheRuleThatNeverFired()
    {
        var aggregate = Aggregate((P1, null), (P2, null), (P3, null), (P4, null));

        aggregate.RuleFirings.Should().Equal(3, 0, 1);
        aggregate.RuleProfiles.Should().Equal(2, 0, 1);
        aggregate.RulesNeverFired.Should().Equal("rule.b");
    }

    [Fact]
    public void PlanSizes_CountDistinctInterventionsPerPlan_NotItemsAndNotWithheldOnes()
    {
        // P1 has three items (talk twice) and one withheld intervention: two distinct recommended. Sizes 2, 2, 1, 0.
        var aggregate = Aggregate((P1, null), (P2, null), (P3, null), (P4, null));

        aggregate.PlanSizes.Counts.Should().Equal(1, 1, 2);
        aggregate.PlanSizes.Mean.Should().Be(5.0 / 4);
        aggregate.PlanSizes.ValueAtQuantile(0.5).Should().Be(1, "two of four sizes are at most 1");
    }

    [Fact]
    public void CoOccurrence_OfTheHandmadePlans_IsSymmetricWithTheDiagonalCountingPlans()
    {
        // Plans as sets: {crisis, talk}, {book, talk}, {book}, {}. Therapy, only withheld, is in no set.
        var counts = Aggregate((P1, null), (P2, null), (P3, null), (P4, null)).CoOccurrence;
        long[,] expected =
        {
            // book crisis talk therapy
            { 2, 0, 1, 0 },
            { 0, 1, 1, 0 },
            { 1, 1, 2, 0 },
            { 0, 0, 0, 0 },
        };

        counts.Sets.Should().Be(4);
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                counts.Count(i, j).Should().Be(expected[i, j], $"({Catalog[i]}, {Catalog[j]})");
            }
        }
    }

    [Fact]
    public void Prevalence_OfAGroupCounter_IsOutOfTheGroupsProfiles()
    {
        var aggregate = Aggregate((P1, "x"), (P2, "x"), (P3, "y"), (P4, "y"));

        aggregate.Prevalence(new CounterKey(Measures.Intervention, "talk", string.Empty)).Should().Be(new Proportion(2, 4));
        aggregate.Prevalence(new CounterKey(Measures.GroupIntervention, "talk", "x")).Should().Be(new Proportion(2, 2));
        aggregate.Prevalence(new CounterKey(Measures.GroupFinding, "finding.x", "x")).Should().Be(new Proportion(1, 2));
        aggregate.Prevalence(new CounterKey(Measures.GroupIntervention, "book", "y")).Should().Be(new Proportion(1, 2));
    }

    /// <summary>The four plans, P1 and P2 in group x, P3 and P4 in group y; for the report tests.</summary>
    internal static SimulationAggregate Handmade() => Aggregate((P1, "x"), (P2, "x"), (P3, "y"), (P4, "y"));

    private static Dictionary<CounterKey, long> ExpectedCounters()
    {
        var expected = new Dictionary<CounterKey, long>();
        void Put(string measure, string code, string group, long count) => expected[new CounterKey(measure, code, group)] = count;

        Put(Measures.Finding, "gate.self-harm-risk", string.Empty, 1);
        Put(Measures.Finding, "finding.x", string.Empty, 1);
        Put(Measures.Finding, "safety.screen-positive", string.Empty, 1);
        Put(Measures.FindingByIndicator, "gate.self-harm-risk", "critical", 1);
        Put(Measures.FindingByIndicator, "finding.x", "warning", 1);
        Put(Measures.FindingByIndicator, "safety.screen-positive", "warning", 1);

        // Talk twice in P1 (once for each partner) counts once; therapy, only withheld, is not recommended.
        Put(Measures.Intervention, "crisis", string.Empty, 1);
        Put(Measures.Intervention, "talk", string.Empty, 2);
        Put(Measures.Intervention, "book", string.Empty, 2);
        Put(Measures.Withheld, "therapy", string.Empty, 1);
        Put(Measures.InterventionByIndicator, "crisis", "critical", 1);
        Put(Measures.InterventionByIndicator, "talk", "warning", 1);
        Put(Measures.InterventionByIndicator, "talk", "info", 1);
        Put(Measures.InterventionByIndicator, "book", "info", 2);

        // Band edges: 24 and 25, 50, 74, 90.
        Put(Measures.InterventionByPriority, "crisis", "75-100", 1);
        Put(Measures.InterventionByPriority, "talk", "50-74", 1);
        Put(Measures.InterventionByPriority, "talk", "0-24", 1);
        Put(Measures.InterventionByPriority, "book", "25-49", 1);
        Put(Measures.InterventionByPriority, "book", "50-74", 1);

        Put(Measures.Gate, "gate.self-harm-risk", string.Empty, 1);
        Put(Measures.Safety, Measures.AnyGate, string.Empty, 1);
        Put(Measures.Safety, Measures.AnySafetyFinding, string.Empty, 2);

        Put(Measures.GroupProfiles, string.Empty, "x", 2);
        Put(Measures.GroupProfiles, string.Empty, "y", 2);
        Put(Measures.GroupFinding, "gate.self-harm-risk", "x", 1);
        Put(Measures.GroupFinding, "finding.x", "x", 1);
        Put(Measures.GroupFinding, "safety.screen-positive", "x", 1);
        Put(Measures.GroupIntervention, "crisis", "x", 1);
        Put(Measures.GroupIntervention, "talk", "x", 2);
        Put(Measures.GroupIntervention, "book", "x", 1);
        Put(Measures.GroupIntervention, "book", "y", 1);
        return expected;
    }

    private static SimulationAggregate Aggregate(params (Evaluation Evaluation, string? Group)[] profiles)
    {
        var aggregate = new SimulationAggregate(Rules, Catalog, profiles.Any(p => p.Group is not null) ? "test.group" : null);
        foreach (var (evaluation, group) in profiles)
        {
            aggregate.Add(evaluation, group);
        }

        return aggregate;
    }

    private static RecommendationPlan Plan(
        Finding[]? findings = null,
        PlanItem[]? urgent = null,
        PlanItem[]? phase = null,
        PlanItem[]? support = null,
        string[]? withheld = null) => new()
        {
            Stamp = new PlanStamp("v", "r", "o", RecommendationPlan.CurrentSchemaVersion),
            Findings = findings ?? [],
            Urgent = urgent ?? [],
            Phases = phase is null ? [] : [new PlanPhase(PlanStage.EmotionalFoundation, phase)],
            Support = support ?? [],
            Withheld = [.. (withheld ?? []).Select(id => new WithheldItem { InterventionId = id, Title = id, HeldBy = "gate.self-harm-risk", Reasons = [] })],
        };

    private static Finding Finding(string code, FindingKind kind, Indicator indicator) => new()
    {
        Id = code,
        Code = code,
        Kind = kind,
        Title = code,
        Indicator = indicator,
        RuleName = "rule.a",
    };

    private static PlanItem Item(string id, Indicator indicator, int priority, ItemAudience audience = ItemAudience.Couple) => new()
    {
        InterventionId = id,
        Title = id,
        Summary = id,
        Detail = id,
        Kind = InterventionKind.SelfGuidedExercise,
        Stage = PlanStage.EmotionalFoundation,
        Track = PlanTrack.Phase,
        Indicator = indicator,
        Priority = priority,
        Audience = audience,
        Reasons = [],
        Sources = [],
    };
}
