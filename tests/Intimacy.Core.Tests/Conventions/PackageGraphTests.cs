using Intimacy.Core.Profiles;

namespace Intimacy.Core.Tests.Conventions;

/// <summary>The domain depends on nothing of the project, the engine included, and opens its internals only to its tests.</summary>
public class PackageGraphTests
{
    private static readonly System.Reflection.Assembly Library = typeof(CoupleProfile).Assembly;

    [Fact]
    public void TheDomain_ReferencesNoOtherProjectAssembly() =>
        PackageGraph.ProjectReferences(Library).Should().BeEmpty();

    [Fact]
    public void TheDomain_ReferencesNothingButTheFramework() =>
        PackageGraph.ReferencesOutsideTheFramework(Library).Should().BeEmpty("the package depends on nothing (docs/adr/0001-package-graph.md)");

    [Fact]
    public void TheDomain_OpensItsInternalsOnlyToItsTests() =>
        PackageGraph.InternalsGrantedTo(Library).Should().Equal("Intimacy.Core.Tests");
}
