namespace Intimacy.Testing;

/// <summary>
/// Finds committed files of the repository and compares generated text with them. Shared by the
/// test projects as a linked source file.
/// </summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>
    /// Asserts that a committed generated file matches what the code generates now. With
    /// UPDATE_SNAPSHOTS=1 in the environment, rewrites the file instead.
    /// </summary>
    public static void ShouldMatchCommitted(string relative, string generated)
    {
        var path = PathOf(relative);
        generated = generated.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
            return;
        }

        File.Exists(path).Should().BeTrue($"{relative} should be committed; run the tests with UPDATE_SNAPSHOTS=1 to write it");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(
            generated,
            $"{relative} is stale; run `UPDATE_SNAPSHOTS=1 dotnet test` and commit the result");
    }

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
