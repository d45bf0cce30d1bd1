using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Intimacy.Rules.Fluent;

/// <summary>Says which DSL rule classes to load and into which rule set.</summary>
public interface IRuleLoadSpec
{
    /// <summary>Also load non-public rule classes found in assemblies (off by default).</summary>
    /// <param name="include">Whether to include them.</param>
    /// <returns>This specification.</returns>
    IRuleLoadSpec PrivateTypes(bool include = true);

    /// <summary>Also load nested rule classes found in assemblies (off by default).</summary>
    /// <param name="include">Whether to include them.</param>
    /// <returns>This specification.</returns>
    IRuleLoadSpec NestedTypes(bool include = true);

    /// <summary>Loads the rule classes of assemblies, ordered by full name.</summary>
    /// <param name="assemblies">The assemblies.</param>
    /// <returns>This specification.</returns>
    [RequiresUnreferencedCode(RuleTypeScanner.AssemblyScanNeedsTypes)]
    IRuleLoadSpec From(params Assembly[] assemblies);

    /// <summary>Loads the rule classes of assemblies, ordered by full name.</summary>
    /// <param name="assemblies">The assemblies.</param>
    /// <returns>This specification.</returns>
    [RequiresUnreferencedCode(RuleTypeScanner.AssemblyScanNeedsTypes)]
    IRuleLoadSpec From(IEnumerable<Assembly> assemblies);

    /// <summary>Loads the given rule classes, in the given order.</summary>
    /// <param name="types">The rule classes.</param>
    /// <returns>This specification.</returns>
    IRuleLoadSpec From(params Type[] types);

    /// <summary>Loads the given rule classes, in the given order.</summary>
    /// <param name="types">The rule classes.</param>
    /// <returns>This specification.</returns>
    IRuleLoadSpec From(IEnumerable<Type> types);

    /// <summary>Keeps only the rules whose metadata passes a filter, such as <c>rule =&gt; rule.IsTagged("x")</c>.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>This specification.</returns>
    IRuleLoadSpec Where(Func<IRuleMetadata, bool> filter);

    /// <summary>Loads into the named rule set instead of the default one.</summary>
    /// <param name="ruleSetName">The rule set's name.</param>
    /// <returns>This specification.</returns>
    IRuleLoadSpec To(string ruleSetName);
}
