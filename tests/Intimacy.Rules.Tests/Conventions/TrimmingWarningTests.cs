using Intimacy.Rules.Fluent;

namespace Intimacy.Rules.Tests.Conventions;

/// <summary>
/// Scanning an assembly for rule classes finds nothing the trimmer removed, so every public way to hand the engine an
/// assembly warns a trimmed or native AOT app at its call site (see docs/trimming-and-aot.md).
/// </summary>
public class TrimmingWarningTests
{
    [Fact]
    public void EveryPublicMethodTakingAnAssembly_WarnsTrimmedApps()
    {
        var library = typeof(RuleRepository).Assembly;

        Trimming.AssemblyTakingMethods(library).Should().BeGreaterThanOrEqualTo(4, "RuleTypeScanner and IRuleLoadSpec take assemblies");
        Trimming.AssemblyTakingMethodsWithoutWarning(library).Should().BeEmpty();
    }
}
