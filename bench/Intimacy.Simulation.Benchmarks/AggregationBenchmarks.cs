using BenchmarkDotNet.Attributes;
using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Aggregation;

namespace Intimacy.Simulation.Benchmarks;

/// <summary>
/// Adding one evaluation to an aggregate, cycling through 64 real evaluations of general-population
/// profiles, without and with a breakdown group.
/// </summary>
/// <remarks>
/// 64 rather than thousands: in a run the evaluation being counted was created a moment before by
/// the engine and is still in the processor's cache, and 64 plans (some 3,000 small objects) stay
/// cached too. Cycling through 1,000 plans (some 40,000 objects) would mostly measure cache misses that a
/// run does not have.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
public class AggregationBenchmarks
{
    private static readonly string[] Groups = ["true", "false", "unknown"];

    private Evaluation[] _evaluations = null!;
    private SimulationAggregate _aggregate = null!;
    private int _next;

    [Params(false, true)]
    public bool Breakdown { get; set; }

    /// <summary>How many distinct evaluations to cycle through (64 in the benchmark; 1 for a development check).</summary>
    public int Distinct { get; set; } = 64;

    [GlobalSetup]
    public void Setup()
    {
        var engine = RecommendationEngine.CreateDefault();
        _evaluations = BenchmarkInputs.Evaluations(engine, BenchmarkInputs.LoadScenario("general-population"), Distinct);
        _aggregate = SimulationAggregate.For(engine, Breakdown ? "partnerA.life.newParent" : null);
    }

    [Benchmark]
    public long Add()
    {
        var i = _next;
        _next = (i + 1) % _evaluations.Length;
        _aggregate.Add(_evaluations[i], Breakdown ? Groups[i % 3] : null);
        return _aggregate.Profiles;
    }
}
