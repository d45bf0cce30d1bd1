using BenchmarkDotNet.Attributes;
using Intimacy.Core.Profiles;
using Intimacy.Simulation.Generation;

namespace Intimacy.Simulation.Benchmarks;

/// <summary>Scenario to <see cref="CoupleProfile"/>: one profile per invocation, a new index each time.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class GenerationBenchmarks
{
    private ProfileGenerator _generator = null!;
    private long _next;

    [Params("general-population", "clinic-intake")]
    public string Scenario { get; set; } = "general-population";

    [GlobalSetup]
    public void Setup() => _generator = new ProfileGenerator(BenchmarkInputs.LoadScenario(Scenario), 1);

    [Benchmark]
    public CoupleProfile Generate() => _generator.Generate(_next++);
}
