namespace Intimacy.Simulation.Benchmarks;

/// <summary>
/// <c>--loop generate|aggregate|runner</c>: runs one benchmark body for eight seconds, for a profiler
/// (<c>perf record</c> with <c>DOTNET_PerfMapEnabled=1</c>, or <c>dotnet-trace</c>).
/// </summary>
internal static class ProfileLoop
{
    public static void Run(string what)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        switch (what)
        {
            case "generate":
                var generation = new GenerationBenchmarks { Scenario = "general-population" };
                generation.Setup();
                while (watch.ElapsedMilliseconds < 8000)
                {
                    for (var i = 0; i < 10_000; i++)
                    {
                        generation.Generate();
                    }
                }

                break;
            case "aggregate":
                var aggregation = new AggregationBenchmarks { Breakdown = true };
                aggregation.Setup();
                while (watch.ElapsedMilliseconds < 8000)
                {
                    for (var i = 0; i < 10_000; i++)
                    {
                        aggregation.Add();
                    }
                }

                break;
            default:
                var runner = new RunnerBenchmarks { Threads = 1 };
                runner.Setup();
                while (watch.ElapsedMilliseconds < 8000)
                {
                    runner.Run();
                }

                break;
        }
    }
}
