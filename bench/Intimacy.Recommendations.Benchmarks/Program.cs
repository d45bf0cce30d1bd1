using BenchmarkDotNet.Running;
using Intimacy.Recommendations.Benchmarks;

switch (args)
{
    case ["--evaluations", var count, .. var rest]:
        // Development aid for bench/count-instructions.sh: evaluations only, no timing.
        EvaluationLoop.Run(count, rest.Length > 0 ? rest[0] : "recommend");
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
