using System.Reflection;
using System.Runtime.CompilerServices;

namespace Intimacy.Testing;

/// <summary>
/// The package graph fixed in the foundation issue, read from the built assemblies: which of the
/// project's assemblies each one references, and to which assemblies it opens its internals. Shared by
/// the test projects as a linked source file.
/// </summary>
internal static class PackageGraph
{
    /// <summary>The project's own assemblies (named Intimacy.*) that <paramref name="assembly"/> references, sorted.</summary>
    public static IReadOnlyList<string> ProjectReferences(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Intimacy.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// The assemblies <paramref name="assembly"/> references that are not part of the shared framework it runs on, sorted:
    /// each would be a package an app has to restore with it.
    /// </summary>
    public static IReadOnlyList<string> ReferencesOutsideTheFramework(Assembly assembly)
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return [.. assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !File.Exists(Path.Combine(framework, n + ".dll")))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The assemblies <paramref name="assembly"/> opens its internals to, sorted.</summary>
    public static IReadOnlyList<string> InternalsGrantedTo(Assembly assembly) =>
        [.. assembly.GetCustomAttributes<InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName.Split(',')[0].Trim())
            .Order(StringComparer.Ordinal)];
}
