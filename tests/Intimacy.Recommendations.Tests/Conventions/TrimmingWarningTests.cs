using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Conventions;

/// <summary>
/// An app's rule classes added by assembly are found by listing its types, which a trimmed or native AOT app may have
/// removed: AddRules(Assembly) warns such an app at its call site (see docs/trimming-and-aot.md).
/// </summary>
public class TrimmingWarningTests
{
    [Fact]
    public void EveryPublicMethodTakingAnAssembly_WarnsTrimmedApps()
    {
        var library = typeof(RecommendationEngine).Assembly;

        Trimming.AssemblyTakingMethods(library).Should().BeGreaterThanOrEqualTo(2, "both builders can add the rule classes of an assembly");
        Trimming.AssemblyTakingMethodsWithoutWarning(library).Should().BeEmpty();
    }
}
