using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Fluent;

/// <summary>
/// Finds DSL rule classes in assemblies and among given types, as NRules' <c>RuleTypeScanner</c> does; this is the
/// one definition of a rule class that <see cref="RuleRepository.Load"/> uses too.
/// </summary>
/// <remarks>
/// <see cref="GetRuleTypes"/> lists the types given to <see cref="Type(Type[])"/> and <see cref="Types"/> first, in
/// the given order, then the rule classes found in the assemblies, ordered by full name; each type once. As with
/// <see cref="IRuleLoadSpec"/>, <see cref="PrivateTypes"/> and <see cref="NestedTypes"/> widen only assembly scans:
/// a type given by name is kept whatever its visibility. Assemblies are scanned when <see cref="GetRuleTypes"/> is
/// called.
/// </remarks>
public sealed class RuleTypeScanner
{
    /// <summary>Why scanning assemblies for rule classes is marked as needing unreferenced code.</summary>
    internal const string AssemblyScanNeedsTypes =
        "Finds rule classes by listing an assembly's types: a trimmed or native AOT app removes the rule classes nothing else references, and then loads none of them, without an error. Name the rule classes instead, or keep them with an ILLink descriptor.";

    private readonly List<Assembly> _assemblies = [];
    private readonly List<Type> _types = [];
    private bool _privateTypes;
    private bool _nestedTypes;

    /// <summary>Also find non-public rule classes in assemblies (off by default).</summary>
    /// <param name="include">Whether to include them.</param>
    /// <returns>This scanner.</returns>
    public RuleTypeScanner PrivateTypes(bool include = true)
    {
        _privateTypes = include;
        return this;
    }

    /// <summary>Also find nested rule classes in assemblies (off by default).</summary>
    /// <param name="include">Whether to include them.</param>
    /// <returns>This scanner.</returns>
    public RuleTypeScanner NestedTypes(bool include = true)
    {
        _nestedTypes = include;
        return this;
    }

    /// <summary>Finds the rule classes of assemblies.</summary>
    /// <param name="assemblies">The assemblies.</param>
    /// <returns>This scanner.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="assemblies"/> is null.</exception>
    [RequiresUnreferencedCode(AssemblyScanNeedsTypes)]
    public RuleTypeScanner Assembly(params Assembly[] assemblies) => Assemblies(assemblies);

    /// <summary>Finds the rule classes of assemblies.</summary>
    /// <param name="assemblies">The assemblies.</param>
    /// <returns>This scanner.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="assemblies"/> is null.</exception>
    [RequiresUnreferencedCode(AssemblyScanNeedsTypes)]
    public RuleTypeScanner Assemblies(IEnumerable<Assembly> assemblies)
    {
        _assemblies.AddRange(WithoutNulls(assemblies, "The assemblies must not contain null.", nameof(assemblies)));
        return this;
    }

    /// <summary>Keeps the rule classes among the given types, skipping the others (see <see cref="IsRuleType"/>).</summary>
    /// <param name="types">The types.</param>
    /// <returns>This scanner.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="types"/> is null.</exception>
    public RuleTypeScanner Type(params Type[] types) => Types(types);

    /// <summary>Keeps the rule classes among the given types, skipping the others (see <see cref="IsRuleType"/>).</summary>
    /// <param name="types">The types.</param>
    /// <returns>This scanner.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="types"/> is null.</exception>
    public RuleTypeScanner Types(IEnumerable<Type> types)
    {
        _types.AddRange(WithoutNulls(types, "The rule types must not contain null.", nameof(types)).Where(IsRuleType));
        return this;
    }

    /// <summary>The rule classes found: the given ones in the given order, then the scanned ones by full name; each once.</summary>
    /// <returns>A new array on each call.</returns>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Assemblies reach the scanner only through Assembly and Assemblies, which warn their callers.")]
    public Type[] GetRuleTypes()
    {
        var scanned = _assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => IsRuleType(t) && (_privateTypes || t.IsPublic || t.IsNestedPublic) && (_nestedTypes || !t.IsNested))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        return [.. _types.Concat(scanned).Distinct()];
    }

    /// <summary>
    /// Whether a type is a rule class: a class deriving from <see cref="Rule"/> that can be instantiated (not abstract,
    /// not an open generic type).
    /// </summary>
    /// <param name="type">The type.</param>
    /// <returns>True for a rule class.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public static bool IsRuleType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(Rule).IsAssignableFrom(type);
    }

    // Copied before anything is kept, so a null element leaves the scanner as it was.
    private static T[] WithoutNulls<T>(IEnumerable<T> items, string message, string parameterName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, parameterName);
        var copy = items.ToArray();
        return Array.IndexOf(copy, null) < 0 ? copy : throw new ArgumentException(message, parameterName);
    }
}
