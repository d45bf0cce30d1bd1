using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Running;

/// <summary>One compiled engine and example scenario shared by the runner tests (compiling rules is slow).</summary>
internal static class SimulationFixture
{
    public static IRecommendationEngine Engine { get; } = RecommendationEngine.CreateDefault();

    public static Scenario GeneralPopulation { get; } = ScenarioLoader.Load(ExampleScenarios.PathOf("general-population.yaml"));

    public static Scenario ClinicIntake { get; } = ScenarioLoader.Load(ExampleScenarios.PathOf("clinic-intake.yaml"));

    public static SimulationResult Run(Scenario scenario, long count, int threads, Shard? shard = null, string? breakdown = null, int chunkSize = 64) =>
        new SimulationRunner(Engine, scenario).Run(new SimulationSettings
        {
            Count = count,
            Seed = 42,
            MaxDegreeOfParallelism = threads,
            Shard = shard ?? Shard.Whole,
            ChunkSize = chunkSize,
            BreakdownField = breakdown,
        });
}
