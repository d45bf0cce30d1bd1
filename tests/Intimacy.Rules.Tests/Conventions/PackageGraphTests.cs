namespace Intimacy.Rules.Tests.Conventions;

/// <summary>The engine knows nothing of the domain, and opens its internals only to its tests.</summary>
public class PackageGraphTests
{
    private static readonly System.Reflection.Assembly Library = typeof(ISession).Assembly;

    [Fact]
    public void TheEngine_ReferencesNoOtherProjectAssembly() =>
        PackageGraph.ProjectReferences(Library).Should().BeEmpty();

    [Fact]
    public void TheEngine_OpensItsInternalsOnlyToItsTests() =>
        PackageGraph.InternalsGrantedTo(Library).Should().Equal("Intimacy.Rules.Tests");
}
