using BenchmarkDotNet.Running;
using Intimacy.Simulation.Benchmarks;

switch (args)
{
    case ["--quick", ..]:
        // Development aid: stopwatch medians and exact allocation per profile, in seconds rather than minutes.
        QuickRun.Run();
        break;
    case ["--loop", var what]:
        ProfileLoop.Run(what);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
