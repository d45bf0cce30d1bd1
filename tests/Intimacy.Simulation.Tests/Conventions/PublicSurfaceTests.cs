using System.Reflection;
using Intimacy.Simulation.Generation;

namespace Intimacy.Simulation.Tests.Conventions;

public class PublicSurfaceTests
{
    private static readonly Assembly Library = typeof(ProfileGenerator).Assembly;

    [Fact]
    public void PublicApi_MatchesTheApprovedSnapshot()
    {
        var path = "tests/Intimacy.Simulation.Tests/PublicApi/Intimacy.Simulation.approved.txt";
        var generated = PublicApi.Describe(Library).ReplaceLineEndings("\n");
        var full = RepositoryFiles.PathOf(path);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(full, generated);
            return;
        }

        File.Exists(full).Should().BeTrue($"{path} should be committed; run the tests with UPDATE_SNAPSHOTS=1 to write it");
        File.ReadAllText(full).ReplaceLineEndings("\n").Should().Be(generated, $"{path} is stale; run `UPDATE_SNAPSHOTS=1 dotnet test` and commit the result");
    }

    [Fact]
    public void EveryPublicTypeAndProperty_IsDocumented() => PublicApi.UndocumentedMembers(Library).Should().BeEmpty();

    [Fact]
    public void Library_DependsOnlyOnCoreAndTheRuleSet()
    {
        var references = Library.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Intimacy", StringComparison.Ordinal));

        references.Should().BeEquivalentTo("Intimacy.Core", "Intimacy.Recommendations");
    }

    [Fact]
    public void Library_OpensItsInternalsOnlyToItsTests()
    {
        // The command-line tool sits on the public API, like any researcher's own program.
        PackageGraph.InternalsGrantedTo(Library).Should().Equal("Intimacy.Simulation.Tests");
    }
}
