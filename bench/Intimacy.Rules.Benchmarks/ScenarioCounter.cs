using BenchmarkDotNet.Attributes;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Benchmarks;

public static class ScenarioCounter
{
    [ThreadStatic]
    private static int _count;

    public static int Count => _count;

    public static void Increment() => _count++;
}
