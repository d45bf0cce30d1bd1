using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Safety;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Tests.Running;

namespace Intimacy.Simulation.Tests.Aggregation;

/// <summary>
/// The aggregate counts with numbered codes and arrays; these tests hold it to a plain LINQ count
/// over the same plans, so the fast path cannot drift from what the measures mean.
/// </summary>
public class SimulationAggregateTests
{
    private static readonly Evaluation[] Evaluations = Evaluate(300);

    [Fact]
    public void Counters_EqualAStraightforwardCountOverThePlans()
    {
        var groups = Evaluations.Select((_, i) => (i % 3) switch { 0 => "a", 1 => "b", _ => "c" }).ToArray();
        var aggregate = SimulationAggregate.For(SimulationFixture.Engine, "test.group");
        for (var i = 0; i < Evaluations.Length; i++)
        {
            aggregate.Add(Evaluations[i], groups[i]);
        }

        var expected = ExpectedCounters(Evaluations, groups);

        aggregate.Counters.Should().Equal(expected);
        aggregate.Counters.Keys.Should().BeInAscendingOrder();
        aggregate.PlanSizes.Total.Should().Be(Evaluations.Length);
        aggregate.PlanSizes.Mean.Should().BeApproximately(Evaluations.Average(e => e.Plan.AllItems.Select(x => x.InterventionId).Distinct().Count()), 1e-9);
        var ids = aggregate.InterventionIds;
        var first = ids.ToList().IndexOf(Evaluations[0].Plan.AllItems.First().InterventionId);
        aggregate.CoOccurrence.Count(first, first).Should().Be(expected[new CounterKey(Measures.Intervention, ids[first], string.Empty)]);
    }

    [Fact]
    public void Merge_OfAggregatesShapedDifferently_SaysHowTheyDiffer()
    {
        var whole = new SimulationAggregate(["rule.a", "rule.b"], ["intervention.x"], "test.group");
        var other = new SimulationAggregate(["rule.a"], ["intervention.x"]);

        var act = () => whole.Merge(other);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*these differ in the rules (2 against 1, or named or ordered differently) and the breakdown field ('test.group' against 'none')*");
    }

    [Fact]
    public void Merge_OfAggregatesThatNumberedCodesInDifferentOrders_EqualsOneAggregate()
    {
        // The second half is added in reverse, so its codes are first seen in another order.
        var whole = SimulationAggregate.For(SimulationFixture.Engine, "test.group");
        var left = SimulationAggregate.For(SimulationFixture.Engine, "test.group");
        var right = SimulationAggregate.For(SimulationFixture.Engine, "test.group");
        for (var i = 0; i < Evaluations.Length; i++)
        {
            whole.Add(Evaluations[i], i % 2 == 0 ? "even" : "odd");
        }

        for (var i = 0; i < 150; i++)
        {
            left.Add(Evaluations[i], i % 2 == 0 ? "even" : "odd");
        }

        for (var i = Evaluations.Length - 1; i >= 150; i--)
        {
            right.Add(Evaluations[i], i % 2 == 0 ? "even" : "odd");
        }

        left.Merge(right);

        left.Counters.Should().Equal(whole.Counters);
        left.RuleFirings.Should().Equal(whole.RuleFirings);
        left.PlanSizes.Counts.Should().Equal(whole.PlanSizes.Counts);
        Enumerable.Range(0, whole.InterventionIds.Count).Should().OnlyContain(x => left.CoOccurrence.Count(x, 0) == whole.CoOccurrence.Count(x, 0));
    }

    [Fact]
    public void Restore_KeepsCountersOfMeasuresItDoesNotCountItself()
    {
        var aggregate = SimulationAggregate.For(SimulationFixture.Engine);
        aggregate.Add(Evaluations[0]);
        var foreign = new CounterKey("from-a-later-version", "x", "y");

        aggregate.Restore(10, [new(foreign, 5), new(new CounterKey(Measures.Finding, "made.up", string.Empty), 2)], []);

        aggregate.Counters[foreign].Should().Be(5);
        aggregate.Count(Measures.Finding, "made.up").Should().Be(2);
        SummaryJson.Read(SummaryJson.Write(new SimulationResult(Stamp(), aggregate))).Aggregate.Counters.Should().Equal(aggregate.Counters);
    }

    [Fact]
    public void Add_AfterWarmUp_AllocatesNothing()
    {
        var aggregate = SimulationAggregate.For(SimulationFixture.Engine, "test.group");
        for (var round = 0; round < 3; round++)
        {
            foreach (var evaluation in Evaluations)
            {
                aggregate.Add(evaluation, "g");
            }
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var evaluation in Evaluations)
        {
            aggregate.Add(evaluation, "g");
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    private static Dictionary<CounterKey, long> ExpectedCounters(Evaluation[] evaluations, string[] groups)
    {
        var keys = new List<CounterKey>();
        for (var i = 0; i < evaluations.Length; i++)
        {
            var plan = evaluations[i].Plan;
            var group = groups[i];
            var perProfile = new HashSet<CounterKey>();
            foreach (var f in plan.Findings)
            {
                perProfile.Add(new(Measures.Finding, f.Code, string.Empty));
                perProfile.Add(new(Measures.FindingByIndicator, f.Code, IndicatorName(f.Indicator)));
                perProfile.Add(new(Measures.GroupFinding, f.Code, group));
            }

            foreach (var item in plan.AllItems)
            {
                perProfile.Add(new(Measures.Intervention, item.InterventionId, string.Empty));
                perProfile.Add(new(Measures.InterventionByIndicator, item.InterventionId, IndicatorName(item.Indicator)));
                perProfile.Add(new(Measures.InterventionByPriority, item.InterventionId, Measures.PriorityBand(item.Priority)));
                perProfile.Add(new(Measures.GroupIntervention, item.InterventionId, group));
            }

            // A gate in force is recorded by its finding (its code is the gate's id); notices may leave one out.
            var gates = plan.Findings.Where(f => f.Kind == FindingKind.Safety && SafetyGates.All.Any(g => SafetyGates.Id(g) == f.Code)).ToList();
            perProfile.UnionWith(gates.Select(f => new CounterKey(Measures.Gate, f.Code, string.Empty)));
            perProfile.UnionWith(plan.Withheld.Select(w => new CounterKey(Measures.Withheld, w.InterventionId, string.Empty)));
            if (gates.Count > 0)
            {
                perProfile.Add(new(Measures.Safety, Measures.AnyGate, string.Empty));
            }

            if (plan.Findings.Any(f => f.Kind == FindingKind.Safety))
            {
                perProfile.Add(new(Measures.Safety, Measures.AnySafetyFinding, string.Empty));
            }

            perProfile.Add(new(Measures.GroupProfiles, string.Empty, group));
            keys.AddRange(perProfile);
        }

        return keys.GroupBy(k => k).ToDictionary(g => g.Key, g => (long)g.Count());
    }

    private static string IndicatorName(Indicator indicator) => indicator switch
    {
        Indicator.Critical => "critical",
        Indicator.Warning => "warning",
        _ => "info",
    };

    private static SimulationStamp Stamp() => new("v", "r", "o", "s", "h", 1, 1, Intimacy.Simulation.Running.Shard.Whole);

    [Fact]
    public void AddingOutlines_CountsWhatAddingTheEvaluationsCounts()
    {
        // The runner adds each profile's outline (IRecommendationEngine.Outline); an app adding evaluations must get the same numbers.
        var generator = new ProfileGenerator(SimulationFixture.ClinicIntake, 9);
        var byEvaluation = SimulationAggregate.For(SimulationFixture.Engine, "test.group");
        var byOutline = SimulationAggregate.For(SimulationFixture.Engine, "test.group");
        var outline = new PlanOutline();
        for (var i = 0; i < Evaluations.Length; i++)
        {
            var group = (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
            byEvaluation.Add(Evaluations[i], group);
            SimulationFixture.Engine.Outline(generator.Generate(i), outline);
            byOutline.Add(outline, group);
        }

        byEvaluation.Counters.Should().NotBeEmpty();
        SummaryJson.Write(new SimulationResult(Stamp(), byOutline)).Should().Be(SummaryJson.Write(new SimulationResult(Stamp(), byEvaluation)));
        CsvReport.Write(new SimulationResult(Stamp(), byOutline)).Should().Be(CsvReport.Write(new SimulationResult(Stamp(), byEvaluation)));
    }

    private static Evaluation[] Evaluate(int count)
    {
        var generator = new ProfileGenerator(SimulationFixture.ClinicIntake, 9);
        return [.. Enumerable.Range(0, count).Select(i => SimulationFixture.Engine.Evaluate(generator.Generate(i)))];
    }
}
