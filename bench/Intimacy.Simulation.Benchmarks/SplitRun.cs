using System.Diagnostics;
using System.Globalization;
using Intimacy.Core.Catalog;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Intimacy.Simulation.Running;

namespace Intimacy.Simulation.Benchmarks;

/// <summary>
/// <c>--split [count] [threads]</c>: runs general-population on every core (or the given number of threads) with the real engine, timing each
/// evaluation (<c>Outline</c>, which the runner calls), and prints how the run's thread time divides between the rules and the rest of
/// the pipeline (generation, aggregation, chunking). The per-call timing costs two timestamp reads,
/// tens of nanoseconds against a call of tens of microseconds.
/// </summary>
internal static class SplitRun
{
    public static void Run(long count, int threads)
    {
        var scenario = BenchmarkInputs.LoadScenario("general-population");
        var engine = new TimedEngine(RecommendationEngine.CreateDefault());
        var runner = new SimulationRunner(engine, scenario);
        runner.Run(new SimulationSettings { Count = 20_000, Seed = 99 }); // warm up: JIT and tiering
        engine.Reset();

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        runner.Run(new SimulationSettings { Count = count, Seed = 1, MaxDegreeOfParallelism = threads });
        watch.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var rules = engine.Seconds;
        var workers = threads > 0 ? threads : Environment.ProcessorCount;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            profiles                 {count:N0} on {workers} threads
            wall                     {watch.Elapsed.TotalSeconds:F2} s ({count / watch.Elapsed.TotalSeconds:N0} profiles/s)
            process CPU              {cpu:F2} s
            inside the engine        {rules:F2} s of thread time ({rules / cpu:P1} of CPU), {rules * 1e6 / count:F1} µs per profile
            everything else          {cpu - rules:F2} s ({(cpu - rules) * 1e6 / count:F2} µs per profile, GC included)
            """));
    }

    private sealed class TimedEngine(IRecommendationEngine real) : IRecommendationEngine
    {
        private long _ticks;

        public double Seconds => (double)Interlocked.Read(ref _ticks) / Stopwatch.Frequency;

        public IReadOnlyList<RuleInfo> Rules => real.Rules;

        public IntimacyCatalog Catalog => real.Catalog;

        public RecommendationOptions Options => real.Options;

        public string RuleSetHash => real.RuleSetHash;

        public string OptionsHash => real.OptionsHash;

        public void Reset() => Interlocked.Exchange(ref _ticks, 0);

        public RecommendationPlan Recommend(CoupleProfile profile, CancellationToken cancellationToken = default) => Evaluate(profile, cancellationToken).Plan;

        public Evaluation Evaluate(CoupleProfile profile, CancellationToken cancellationToken = default)
        {
            var start = Stopwatch.GetTimestamp();
            var evaluation = real.Evaluate(profile, cancellationToken);
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
            return evaluation;
        }

        public void Outline(CoupleProfile profile, PlanOutline outline, CancellationToken cancellationToken = default)
        {
            var start = Stopwatch.GetTimestamp();
            real.Outline(profile, outline, cancellationToken);
            Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
        }
    }
}
