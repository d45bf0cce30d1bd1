using System.Xml.Linq;
using Intimacy.Recommendations.Engine;
using Intimacy.Rules.Fluent;

namespace Intimacy.Recommendations.Tests.Conventions;

/// <summary>
/// The engine finds its built-in rules by scanning its assembly, which a trimmer cannot see: without the embedded
/// descriptor a trimmed or native AOT app kept no rule class and every plan came back empty, safety items included.
/// The descriptor must travel in the assembly and name every namespace that holds a built-in rule class.
/// </summary>
public class TrimmingDescriptorTests
{
    private static readonly System.Reflection.Assembly Library = typeof(RecommendationEngine).Assembly;

    [Fact]
    public void TheAssembly_CarriesATrimmerDescriptor() =>
        Library.GetManifestResourceNames().Should().Contain("ILLink.Descriptors.xml", "the trimmer and the native AOT compiler read it by this exact name");

    [Fact]
    public void TheDescriptor_KeepsEveryNamespaceWithABuiltInRule()
    {
        using var stream = Library.GetManifestResourceStream("ILLink.Descriptors.xml");
        stream.Should().NotBeNull();
        var assembly = XDocument.Load(stream!).Root!.Elements("assembly").Should().ContainSingle().Subject;
        assembly.Attribute("fullname")!.Value.Should().Be(Library.GetName().Name);
        var kept = assembly.Elements("namespace").Select(n => n.Attribute("fullname")!.Value).ToHashSet(StringComparer.Ordinal);

        // The same scan the engine makes (RecommendationEngine loads From(its assembly)).
        var ruleNamespaces = new RuleTypeScanner().Assembly(Library).GetRuleTypes().Select(t => t.Namespace!).Distinct().ToList();

        ruleNamespaces.Should().HaveCountGreaterThan(3);
        kept.Should().Contain(ruleNamespaces, "a built-in rule class outside the kept namespaces is removed from trimmed apps");
    }
}
