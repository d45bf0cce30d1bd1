namespace Intimacy.Rules.Tests.Conventions;

/// <summary>Compares generated text with a file committed to the repository.</summary>
internal static class SnapshotFiles
{
    /// <summary>
    /// Asserts that the committed file matches what the code generates now; with UPDATE_SNAPSHOTS=1
    /// in the environment, rewrites it instead.
    /// </summary>
    public static void ShouldMatchCommitted(string relative, string generated)
    {
        var path = Path.Combine(Root(), relative);
        generated = generated.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
            return;
        }

        File.Exists(path).Should().BeTrue($"{relative} should be committed; run the tests with UPDATE_SNAPSHOTS=1 to write it");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(generated, $"{relative} is stale; run `UPDATE_SNAPSHOTS=1 dotnet test` and commit the result");
    }

    private static string Root()
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
