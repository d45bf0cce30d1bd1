namespace Intimacy.Simulation.Tests;

/// <summary>Finds committed files of the repository, such as the example scenarios.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>The example scenarios shipped in samples/scenarios.</summary>
    public static IReadOnlyList<string> ExampleScenarios { get; } =
        ["general-population.yaml", "clinic-intake.yaml", "new-parents.yaml", "long-term-couples.yaml"];

    public static string Example(string name) => PathOf(Path.Combine("samples", "scenarios", name));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Intimacy.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find Intimacy.Core.sln above the test output folder.");
    }
}
