using System.Reflection;

namespace Intimacy.Cli.Tests.Conventions;

/// <summary>The command-line tool is built on the libraries' public API and is no library itself.</summary>
public class PackageGraphTests
{
    private static readonly Assembly Tool = typeof(ExitCodes).Assembly;

    [Fact]
    public void TheTool_ReferencesTheDomainTheRuleSetAndTheSimulation() =>
        PackageGraph.ProjectReferences(Tool).Should().Equal("Intimacy.Core", "Intimacy.Recommendations", "Intimacy.Simulation");

    [Fact]
    public void TheLibrariesItUses_DoNotOpenTheirInternalsToIt()
    {
        foreach (var name in PackageGraph.ProjectReferences(Tool))
        {
            PackageGraph.InternalsGrantedTo(Assembly.Load(name)).Should().NotContain(Tool.GetName().Name, $"{name} is used through its public API only");
        }
    }

    [Fact]
    public void TheToolsAssembly_IsNamedLikeTheCommand() =>
        Tool.GetName().Name.Should().Be("intimacy", "help and usage errors name the executable, and users type `intimacy`");

    [Fact]
    public void TheTool_OpensItsInternalsOnlyToItsTests() =>
        PackageGraph.InternalsGrantedTo(Tool).Should().Equal("Intimacy.Cli.Tests");
}
