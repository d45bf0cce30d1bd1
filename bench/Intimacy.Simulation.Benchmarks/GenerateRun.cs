using System.Diagnostics;
using System.Globalization;
using Intimacy.Core.Profiles;
using Intimacy.Core.Validation;
using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Generation;

namespace Intimacy.Simulation.Benchmarks;

/// <summary>
/// <c>--generate [count] [scenario]</c>: generation alone on one thread, then generation and validation, each
/// for seven rounds of <c>count</c> profiles (new indices every round); prints the median thread CPU per
/// profile and the bytes allocated per profile. Thread CPU is far less disturbed by other processes on a
/// shared machine than wall time, and the whole-run <c>--split</c> figure mixes in GC and JIT threads.
/// </summary>
internal static class GenerateRun
{
    public static void Run(int count, string scenarioName)
    {
        var generator = new ProfileGenerator(BenchmarkInputs.LoadScenario(scenarioName), 1);
        long next = 0;
        Measure("generate " + scenarioName, count, n =>
        {
            for (var i = 0; i < n; i++)
            {
                generator.Generate(next++);
            }
        });

        var invalid = 0;
        Measure("generate + validate " + scenarioName, count, n =>
        {
            for (var i = 0; i < n; i++)
            {
                invalid += ProfileValidator.Validate(generator.Generate(next++)).IsValid ? 0 : 1;
            }
        });

        if (invalid > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{invalid} invalid profiles"));
        }
    }

    /// <summary>
    /// <c>--evaluate [count]</c>: the default engine's <c>Evaluate</c> alone on one thread over the same
    /// <c>count</c> general-population profiles, generated beforehand, for seven rounds; median thread CPU per
    /// profile. For changes to what the engine calls in Intimacy.Core (validation, the privacy lookup).
    /// </summary>
    public static void Evaluate(int count)
    {
        var generator = new ProfileGenerator(BenchmarkInputs.LoadScenario("general-population"), 1);
        var profiles = new CoupleProfile[count];
        for (var i = 0; i < count; i++)
        {
            profiles[i] = generator.Generate(i);
        }

        var engine = RecommendationEngine.CreateDefault();
        Measure("evaluate general-population", count, n =>
        {
            for (var i = 0; i < n; i++)
            {
                engine.Evaluate(profiles[i]);
            }
        });
    }

    private static void Measure(string name, int operations, Action<int> body)
    {
        body(operations);
        var cpu = new List<double>();
        long allocated = 0;
        for (var round = 0; round < 7; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = QuickRun.ThreadCpuNanoseconds();
            body(operations);
            cpu.Add((QuickRun.ThreadCpuNanoseconds() - cpuBefore) / 1000.0 / operations);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        cpu.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {cpu[3],7:F3} µs thread CPU (min {cpu[0]:F3}) {(double)allocated / operations,7:F0} B/profile"));
    }
}
