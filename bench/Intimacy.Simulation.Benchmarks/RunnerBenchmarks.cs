using BenchmarkDotNet.Attributes;
using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Running;

namespace Intimacy.Simulation.Benchmarks;

/// <summary>
/// The whole runner (generate, evaluate, break down, aggregate, merge chunks in order) over
/// general-population with an engine that returns one precomputed evaluation: what a profile costs
/// besides <c>Recommend</c>. Figures are per profile; with two threads the time per profile is wall
/// time, so it halves if the pipeline scales.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RunnerBenchmarks
{
    private const int Profiles = 65_536;

    private SimulationRunner _runner = null!;
    private long _seed;

    [Params(1, 2)]
    public int Threads { get; set; }

    [Params(null, "partnerA.life.newParent")]
    public string? Breakdown { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var real = RecommendationEngine.CreateDefault();
        var scenario = BenchmarkInputs.LoadScenario("general-population");
        var typical = BenchmarkInputs.Typical(BenchmarkInputs.Evaluations(real, scenario, 1_000));
        _runner = new SimulationRunner(new FixedEvaluationEngine(real, typical), scenario);
    }

    [Benchmark(OperationsPerInvoke = Profiles)]
    public SimulationResult Run() =>
        _runner.Run(new SimulationSettings { Count = Profiles, Seed = ++_seed, MaxDegreeOfParallelism = Threads, BreakdownField = Breakdown });
}
