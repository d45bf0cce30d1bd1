using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Intimacy.Simulation.Benchmarks;

/// <summary>
/// <c>--quick</c>: each benchmark's per-profile median time over seven rounds and its allocation per
/// profile on the measuring thread. For iterating on the code; figures for the record come from
/// BenchmarkDotNet. Also prints the measuring thread's own CPU time, which other processes on a
/// shared machine disturb far less than wall time.
/// </summary>
internal static class QuickRun
{
    public static void Run()
    {
        var generation = new GenerationBenchmarks { Scenario = "general-population" };
        generation.Setup();
        Measure("generate general-population", 50_000, n => { for (var i = 0; i < n; i++) { generation.Generate(); } });

        var aggregation = new AggregationBenchmarks { Breakdown = false };
        aggregation.Setup();
        Measure("aggregate", 50_000, n => { for (var i = 0; i < n; i++) { aggregation.Add(); } });
        var single = new AggregationBenchmarks { Breakdown = false, Distinct = 1 };
        single.Setup();
        Measure("aggregate one evaluation again and again", 50_000, n => { for (var i = 0; i < n; i++) { single.Add(); } });
        var grouped = new AggregationBenchmarks { Breakdown = true };
        grouped.Setup();
        Measure("aggregate with breakdown", 50_000, n => { for (var i = 0; i < n; i++) { grouped.Add(); } });

        foreach (var breakdown in new[] { null, "partnerA.life.newParent" })
        {
            var runner = new RunnerBenchmarks { Threads = 1, Breakdown = breakdown };
            runner.Setup();
            Measure("runner 1 thread" + (breakdown is null ? string.Empty : " with breakdown"), 65_536, _ => runner.Run(), perCall: 65_536);
        }
    }

    private static void Measure(string name, int operations, Action<int> body, int perCall = 1)
    {
        body(operations);
        var times = new List<double>();
        var cpu = new List<double>();
        long allocated = 0;
        for (var round = 0; round < 7; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpuBefore = ThreadCpuNanoseconds();
            var watch = Stopwatch.StartNew();
            body(operations);
            watch.Stop();
            cpu.Add((ThreadCpuNanoseconds() - cpuBefore) / 1000.0 / operations);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            times.Add(watch.Elapsed.TotalMilliseconds * 1000 / operations);
        }

        times.Sort();
        cpu.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {times[3],8:F3} µs wall {cpu[3],8:F3} µs thread CPU {(double)allocated / operations,8:F0} B/profile (thread's own allocations)"));
    }

    internal static long ThreadCpuNanoseconds()
    {
        const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID on Linux
        return OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : 0;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
