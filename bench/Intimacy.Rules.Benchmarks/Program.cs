using System.Diagnostics;
using BenchmarkDotNet.Running;
using Intimacy.Rules.Benchmarks;

if (args.Length > 0 && args[0] == "--alloc")
{
    using var sampler = new AllocationSampler();
    for (var i = 0; i < 200_000; i++)
    {
        ProfileScenario.Run();
    }

    Thread.Sleep(500);
    var total = sampler.Bytes.Values.Sum();
    foreach (var (type, bytes) in sampler.Bytes.OrderByDescending(p => p.Value).Take(25))
    {
        Console.WriteLine($"{100.0 * bytes / total,5:F1}%  {type}");
    }

    return;
}

if (args.Length > 0 && args[0] == "--profile-loop")
{
    // Runs one scenario for a few seconds, for a sampling profiler.
    var until = Stopwatch.StartNew();
    var total = 0;
    var engine = new EngineBenchmarks();
    engine.Setup();
    Func<int> scenario = args.Length > 1 && args[1] == "one-pattern" ? engine.OnePattern10k : ProfileScenario.Run;
    while (until.Elapsed < TimeSpan.FromSeconds(8))
    {
        total += scenario();
    }

    Console.WriteLine(total);
    return;
}

if (args.Length > 0 && args[0] == "--profile")
{
    Quick("Profile", 200_000, () => ProfileScenario.Run());
    Quick("Profile insert only", 200_000, () => ProfileScenario.InsertOnly());
    Console.WriteLine("fired+advice per run: " + ProfileScenario.Run());
    return;
}

if (args.Length > 0 && args[0] == "--quick")
{
    // A rough stopwatch pass for development; the figures to publish come from BenchmarkDotNet.
    var benchmarks = new EngineBenchmarks();
    benchmarks.Setup();
    Quick("Compile 100 + fire", 50, () => benchmarks.Compile100());
    Quick("Compile 1000 + fire", 5, () => benchmarks.Compile1000());
    Quick("CreateSession 100", 100_000, () => benchmarks.CreateSession());
    Quick("One pattern 10k", 50, () => benchmarks.OnePattern10k());
    Quick("Join 1000", 50, () => benchmarks.Join1000());
    Quick("Join 3000", 20, () => benchmarks.Join3000());
    Quick("Yield 10k", 20, () => benchmarks.YieldChain10k());
    Quick("Profile", 100_000, () => ProfileScenario.Run());
    Quick("Profile insert only", 100_000, () => ProfileScenario.InsertOnly());
    Console.WriteLine("fired+advice per run: " + ProfileScenario.Run());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);

static void Quick(string name, int iterations, Func<object> action)
{
    for (var i = 0; i < Math.Max(3, iterations / 10); i++)
    {
        action();
    }

    var times = new List<double>();
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    for (var i = 0; i < iterations; i++)
    {
        var sw = Stopwatch.StartNew();
        action();
        times.Add(sw.Elapsed.TotalMicroseconds);
    }

    allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated) / iterations;
    times.Sort();
    Console.WriteLine($"{name,-22} median {times[times.Count / 2],12:F2} us   alloc {allocated,12:N0} B");
}
