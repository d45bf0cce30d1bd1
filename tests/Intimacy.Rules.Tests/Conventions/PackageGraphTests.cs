namespace Intimacy.Rules.Tests.Conventions;

/// <summary>The engine knows nothing of the domain, and opens its internals only to its tests.</summary>
public class PackageGraphTests
{
    private static readonly System.Reflection.Assembly Library = typeof(ISession).Assembly;

    [Fact]
    public void TheEngine_ReferencesNoOtherProjectAssembly() =>
        PackageGraph.ProjectReferences(Library).Should().BeEmpty();

    [Fact]
    public void TheEngine_ReferencesNothingButTheFramework() =>
        PackageGraph.ReferencesOutsideTheFramework(Library).Should().BeEmpty("the package depends on nothing (docs/adr/0001-package-graph.md)");

    [Fact]
    public void TheEngine_OpensItsInternalsOnlyToItsTests() =>
        PackageGraph.InternalsGrantedTo(Library).Should().Equal("Intimacy.Rules.Tests");
}
