using BenchmarkDotNet.Running;
using Intimacy.Simulation.Benchmarks;

switch (args)
{
    case ["--quick", ..]:
        // Development aid: stopwatch medians and exact allocation per profile, in seconds rather than minutes.
        QuickRun.Run();
        break;
    case ["--split", ..]:
        SplitRun.Run(
            args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0);
        break;
    case ["--ramp", ..]:
        // Development aid: one cold run as the tool makes it, throughput and the runtime's compilations per quarter second.
        RampRun.Run(
            args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300_000,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0);
        break;
    case ["--generate", ..]:
        // Development aid: generation (and validation) alone, thread CPU and bytes per profile.
        GenerateRun.Run(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000,
            args.Length > 2 ? args[2] : "general-population");
        break;
    case ["--evaluate", ..]:
        // Development aid: the engine alone over the same generated profiles, thread CPU per profile.
        GenerateRun.Evaluate(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
        break;
    case ["--loop", var what]:
        ProfileLoop.Run(what);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
