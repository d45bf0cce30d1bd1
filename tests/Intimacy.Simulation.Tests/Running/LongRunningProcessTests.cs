using System.Runtime.CompilerServices;
using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Studies;
using Intimacy.Testing;

namespace Intimacy.Simulation.Tests.Running;

/// <summary>
/// A process that runs many simulations (a sweep of many points, a notebook trying engine after engine, the
/// <c>intimacy</c> tool's sweeps) keeps only their results: every engine, scenario, generator and per-thread scratch
/// state of a finished run can be collected.
/// </summary>
[Collection(ProcessSizeCollection.Name)]
public class LongRunningProcessTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void FinishedRuns_LeaveTheirEnginesAndScenariosCollectable_KeepingOnlyTheirResults()
    {
        var results = new List<SimulationResult>();
        var dropped = new List<WeakReference>();
        for (var i = 0; i < 12; i++)
        {
            dropped.AddRange(RunAndDrop(i, results));
        }

        FullCollection.Run();

        results.Should().HaveCount(12).And.OnlyContain(r => r.Aggregate.Profiles == 300);
        dropped.Should().HaveCount(24).And.OnlyContain(w => !w.IsAlive, "a finished run keeps only its result");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void ASweepOfManyPoints_GrowsTheProcessByItsResultsOnly()
    {
        var scenario = ScenarioLoader.Load(ExampleScenarios.PathOf("general-population.yaml"));
        var settings = new SimulationSettings { Count = 200, Seed = 7, MaxDegreeOfParallelism = 2, ChunkSize = 50 };
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var few = SweepRunner.Run(scenario, "Csi4Cutoff", SweepRunner.Points(8, 12, 2), settings);
        var afterFew = GC.GetTotalMemory(forceFullCollection: true);
        var many = SweepRunner.Run(scenario, "Csi4Cutoff", SweepRunner.Points(8, 12, 10), settings);
        var afterMany = GC.GetTotalMemory(forceFullCollection: true);

        // A point keeps its result (about 110 KB here); an engine kept with it would add more than 700 KB.
        var perPoint = (afterMany - afterFew) / 10;
        few.Points.Should().HaveCount(2);
        many.Points.Should().HaveCount(10);
        perPoint.Should().BeLessThan(300 * 1024, $"each point must keep its result only (the first sweep grew the process by {afterFew - before:N0} bytes, the second by {afterMany - afterFew:N0})");
        GC.KeepAlive((few, many));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] RunAndDrop(int i, List<SimulationResult> results)
    {
        var engine = new RecommendationEngineBuilder().Configure(o => o.Csi4Cutoff = 9 + (i % 5)).Build();
        var scenario = ScenarioLoader.Load(ExampleScenarios.PathOf(i % 2 == 0 ? "general-population.yaml" : "clinic-intake.yaml"));
        results.Add(new SimulationRunner(engine, scenario).Run(new SimulationSettings { Count = 300, Seed = i, MaxDegreeOfParallelism = 2, ChunkSize = 50 }));
        return [new(engine), new(scenario)];
    }
}

/// <summary>The tests that measure the process run one at a time, and apart from every other test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessSizeCollection
{
    public const string Name = "Process size (runs alone)";
}
