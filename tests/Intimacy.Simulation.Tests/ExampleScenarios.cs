
namespace Intimacy.Simulation.Tests;

/// <summary>The example scenarios shipped in samples/scenarios.</summary>
internal static class ExampleScenarios
{
    public static IReadOnlyList<string> Names { get; } =
        ["general-population.yaml", "clinic-intake.yaml", "new-parents.yaml", "long-term-couples.yaml"];

    public static string PathOf(string name) => RepositoryFiles.PathOf(Path.Combine("samples", "scenarios", name));
}
