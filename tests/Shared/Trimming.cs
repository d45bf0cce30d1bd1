using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Intimacy.Testing;

/// <summary>
/// What a trimmed or native AOT app learns from the libraries' attributes: an API that finds rule classes by listing an
/// assembly's types must say so with <see cref="RequiresUnreferencedCodeAttribute"/>, so the app is warned at its call
/// site instead of silently running without the rule classes the trimmer removed. Shared by the test projects.
/// </summary>
internal static class Trimming
{
    /// <summary>The public methods of <paramref name="library"/> that take an assembly (or assemblies) without that warning, as "Type.Method".</summary>
    public static IReadOnlyList<string> AssemblyTakingMethodsWithoutWarning(Assembly library) =>
        [.. library.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => TakesAssemblies(p.ParameterType)))
            .Where(m => m.GetCustomAttribute<RequiresUnreferencedCodeAttribute>() is null)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})")
            .Order(StringComparer.Ordinal)];

    /// <summary>How many public methods of <paramref name="library"/> take an assembly, so a test can tell the check found some.</summary>
    public static int AssemblyTakingMethods(Assembly library) =>
        library.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Count(m => m.GetParameters().Any(p => TakesAssemblies(p.ParameterType)));

    private static bool TakesAssemblies(Type type) =>
        type == typeof(Assembly) || type == typeof(Assembly[]) || type == typeof(IEnumerable<Assembly>);
}
