using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Running;

namespace Intimacy.Simulation.Benchmarks;

/// <summary>
/// <c>--ramp [count] [threads]</c>: one cold run of general-population in a fresh process, as the command-line tool makes it
/// (no warm-up), printing how many profiles were done at each quarter second of the first six, what the runtime compiled
/// in each quarter at each tier, and the time the warm-up costs against the run's steady rate. It shows where a whole-process run's fixed cost
/// goes: the start, then the seconds in which the runtime's tiered compiler still runs first-tier and instrumented code.
/// </summary>
internal static class RampRun
{
    // Runtime event keyword for the JIT's method events, and the tiers named in MethodLoadVerbose's flags (bits 7 to 9).
    private const long JitKeyword = 0x10;
    private static readonly string[] Tiers = ["unknown", "min-opts", "optimized", "tier0", "tier1", "tier1-osr", "tier0-instr", "tier1-instr"];
    private const double Step = 0.25;

    public static void Run(long count, int threads)
    {
        var clock = Stopwatch.StartNew();
        using var compilations = new CompilationListener(clock);
        var scenario = BenchmarkInputs.LoadScenario("general-population");
        var engine = RecommendationEngine.CreateDefault();
        var ready = clock.Elapsed.TotalSeconds;
        var progress = new Marks(clock);
        new SimulationRunner(engine, scenario).Run(new SimulationSettings { Count = count, Seed = 1, MaxDegreeOfParallelism = threads }, progress);
        var done = clock.Elapsed.TotalSeconds;

        var marks = progress.Snapshot();
        var half = marks.FindIndex(m => m.Done >= count / 2);
        if (half < 0 || marks[^1].Seconds <= marks[half].Seconds)
        {
            Console.WriteLine("Too few profiles to find the steady rate; give a larger count (for example 300000).");
            return;
        }

        // The steady rate: the second half of the run, when tiering is long over.
        var workers = threads > 0 ? threads : Environment.ProcessorCount;
        var steady = (marks[^1].Done - marks[half].Done) / (marks[^1].Seconds - marks[half].Seconds);
        var events = compilations.Snapshot();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            profiles                    {count:N0} on {workers} {(workers == 1 ? "thread" : "threads")}
            scenario read, rules built  {ready:F2} s
            done                        {done:F2} s
            steady rate                 {steady:N0} profiles/s (second half of the run)
            warm-up cost                {done - ready - (count / steady):F2} s more than the profiles take at the steady rate
            compilations                {events.Count:N0}: {string.Join(", ", events.GroupBy(e => e.Tier).OrderBy(g => g.Key).Select(g => $"{g.Count():N0} {Tiers[g.Key]}"))}

            """));
        Console.WriteLine("   until  profiles done   rate/s  compiled in the quarter second");
        var next = 0;
        long before = 0;
        var last = 0.0;
        for (var until = Step; until < done + Step && until <= 6; until += Step)
        {
            var at = marks.FindLastIndex(m => m.Seconds <= until);
            var finished = at < 0 ? 0 : marks[at].Done;
            var compiled = new Dictionary<int, int>();
            for (; next < events.Count && events[next].Seconds < until; next++)
            {
                compiled[events[next].Tier] = compiled.GetValueOrDefault(events[next].Tier) + 1;
            }

            var rate = (finished - before) / (until - last);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{until,7:F2}s {finished,14:N0} {rate,8:N0}  {string.Join(' ', compiled.OrderBy(c => c.Key).Select(c => $"{Tiers[c.Key]}:{c.Value}"))}"));
            before = finished;
            last = until;
        }
    }

    private sealed class Marks(Stopwatch clock) : IProgress<long>
    {
        private readonly List<(double Seconds, long Done)> _marks = [];

        public void Report(long value)
        {
            lock (_marks)
            {
                _marks.Add((clock.Elapsed.TotalSeconds, value));
            }
        }

        public List<(double Seconds, long Done)> Snapshot()
        {
            lock (_marks)
            {
                return [.. _marks];
            }
        }
    }

    /// <summary>Records when the runtime compiled each method and at which tier (the runtime's MethodLoadVerbose events).</summary>
    private sealed class CompilationListener(Stopwatch clock) : EventListener
    {
        private readonly List<(double Seconds, int Tier)> _events = [];

        public List<(double Seconds, int Tier)> Snapshot()
        {
            lock (_events)
            {
                return [.. _events.OrderBy(e => e.Seconds)];
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)JitKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is null || !eventData.EventName.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) || eventData.PayloadNames is null)
            {
                return;
            }

            var at = eventData.PayloadNames.IndexOf("MethodFlags");
            if (at < 0)
            {
                return;
            }

            var tier = (int)((Convert.ToInt64(eventData.Payload![at], CultureInfo.InvariantCulture) >> 7) & 0x7);
            lock (_events)
            {
                _events.Add((clock.Elapsed.TotalSeconds, tier));
            }
        }
    }
}
