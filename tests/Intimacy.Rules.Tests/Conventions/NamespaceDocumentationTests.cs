using Intimacy.Testing;

namespace Intimacy.Rules.Tests.Conventions;

/// <summary>
/// The package README and the porting map of docs/rules-engine.md name every namespace that holds public types, so
/// a reader porting rules from NRules learns of each one.
/// </summary>
public class NamespaceDocumentationTests
{
    private static readonly IReadOnlyList<string> PublicNamespaces = typeof(ISession).Assembly.GetExportedTypes()
        .Select(t => t.Namespace!)
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void ThePackageReadme_NamesEveryPublicNamespace()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("src/Intimacy.Rules/PACKAGE.md"));

        PublicNamespaces.Should().NotBeEmpty();

        // The README writes the first in full and the others by their suffix: (`Intimacy.Rules`, `.Fluent`, …).
        PublicNamespaces.Where(ns => !readme.Contains(
                ns == "Intimacy.Rules" ? "`Intimacy.Rules`" : $"`{ns["Intimacy.Rules".Length..]}`",
                StringComparison.Ordinal))
            .Should().BeEmpty("src/Intimacy.Rules/PACKAGE.md should name every namespace with public types");
    }

    [Fact]
    public void ThePortingMap_NamesEveryPublicNamespace()
    {
        var guide = File.ReadAllText(RepositoryFiles.PathOf("docs/rules-engine.md"));

        PublicNamespaces.Where(ns => !guide.Contains($"| `{ns}` |", StringComparison.Ordinal))
            .Should().BeEmpty("the porting table of docs/rules-engine.md should map every namespace with public types");
    }
}
