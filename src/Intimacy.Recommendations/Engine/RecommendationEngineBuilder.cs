using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using Intimacy.Core.Catalog;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Options;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Engine;

/// <summary>
/// Builds a <see cref="RecommendationEngine"/>: options, app rules (classes or runtime definitions),
/// app interventions and the crisis contact provider. <see cref="Build"/> compiles once.
/// </summary>
public sealed class RecommendationEngineBuilder
{
    private readonly List<Type> _ruleTypes = [];
    private readonly List<Assembly> _ruleAssemblies = [];
    private readonly List<IRuleDefinition> _ruleDefinitions = [];
    private readonly List<Intervention> _interventions = [];
    private readonly List<Action<RecommendationOptions>> _configure = [];
    private readonly List<string> _excludedRules = [];
    private ICrisisContactProvider? _crisis;

    /// <summary>Changes the options.</summary>
    /// <param name="configure">Edits the options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public RecommendationEngineBuilder Configure(Action<RecommendationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _configure.Add(configure);
        return this;
    }

    /// <summary>
    /// Adds app rule classes (each deriving from <c>Intimacy.Rules.Fluent.Dsl.Rule</c>), created through their
    /// parameterless constructors; registered with <see cref="IntimacyCoreBuilder.AddRules(Type[])"/> instead, they
    /// are created by the container and may take services.
    /// </summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An element is null or is not a rule class (a class deriving from <c>Rule</c> that is neither abstract nor open generic).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleTypes"/> is null.</exception>
    public RecommendationEngineBuilder AddRules(params Type[] ruleTypes)
    {
        var types = WithoutNulls(ruleTypes);

        // Refused here, where the mistake is made, rather than when Build loads the rules.
        if (Array.Find(types, t => !RuleTypeScanner.IsRuleType(t)) is { } notARule)
        {
            throw new ArgumentException(
                $"{notARule} is not a rule class: AddRules takes classes deriving from Intimacy.Rules.Fluent.Dsl.Rule that are neither abstract nor open generic.",
                nameof(ruleTypes));
        }

        _ruleTypes.AddRange(types);
        return this;
    }

    /// <summary>Adds every rule class in an assembly.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
    [RequiresUnreferencedCode("Finds rule classes by listing the assembly's types: a trimmed or native AOT app removes the rule classes nothing else references, and then runs without them, without an error. Add the rule classes by type instead, or keep them with an ILLink descriptor.")]
    public RecommendationEngineBuilder AddRules(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        _ruleAssemblies.Add(assembly);
        return this;
    }

    /// <summary>Adds rules built at run time (with <c>RuleBuilder</c> or the engine's data-driven builder).</summary>
    /// <param name="rules">The rule definitions.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public RecommendationEngineBuilder AddRules(IEnumerable<IRuleDefinition> rules)
    {
        _ruleDefinitions.AddRange(WithoutNulls(rules));
        return this;
    }

    /// <summary>
    /// Leaves built-in rules out of the engine, by name: for an app that replaces a built-in rule with its
    /// own, and for tests that show each rule matters. Safety rules cannot be left out.
    /// </summary>
    /// <param name="ruleNames">Names of built-in rules, as listed in <see cref="IRecommendationEngine.Rules"/> (for example <c>Recommend.Novelty</c>).</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// <see cref="Build"/> throws <see cref="ArgumentException"/> when a name is a safety rule or is not a built-in
    /// rule at all, so a misspelt name cannot pass unnoticed. Leaving rules out changes the engine's rule-set hash.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="ruleNames"/> is null.</exception>
    public RecommendationEngineBuilder ExcludeRules(params string[] ruleNames)
    {
        ArgumentNullException.ThrowIfNull(ruleNames);
        foreach (var name in ruleNames)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name, nameof(ruleNames));
        }

        _excludedRules.AddRange(ruleNames);
        return this;
    }

    /// <summary>Adds app interventions that rules may recommend.</summary>
    /// <param name="interventions">
    /// The interventions; ids must be new. Sources they cite that the catalog lacks (a local service's
    /// own description, say) are added with them; a cited source whose id is taken must equal the catalog's.
    /// </param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="interventions"/> is null.</exception>
    public RecommendationEngineBuilder AddInterventions(params IEnumerable<Intervention> interventions)
    {
        _interventions.AddRange(WithoutNulls(interventions));
        return this;
    }

    /// <summary>Sets the provider of region-specific crisis contacts; without one, <see cref="LocalEmergencyNumberProvider"/> is used.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public RecommendationEngineBuilder UseCrisisContacts(ICrisisContactProvider provider)
    {
        _crisis = provider ?? throw new ArgumentNullException(nameof(provider));
        return this;
    }

    /// <summary>Compiles the engine.</summary>
    /// <returns>The engine, ready to share across threads.</returns>
    /// <exception cref="UnknownRuleTagException">The options switch off a tag that no rule carries.</exception>
    /// <exception cref="ArgumentException">
    /// The options try to switch off safety rules, an excluded rule is a safety rule or not a built-in rule, or an intervention id is taken.
    /// </exception>
    public RecommendationEngine Build() => BuildFrom();

    /// <summary>
    /// Compiles the engine from default options changed by <see cref="Configure"/>. The crisis contacts set with
    /// <see cref="UseCrisisContacts"/> win over <paramref name="crisis"/>, which wins over the default. App rule classes
    /// are created by <paramref name="appRuleActivator"/>, or through their parameterless constructors.
    /// </summary>
    internal RecommendationEngine BuildFrom(ICrisisContactProvider? crisis = null, IRuleActivator? appRuleActivator = null)
    {
        var options = new RecommendationOptions();
        foreach (var configure in _configure)
        {
            configure(options);
        }

        var catalog = _interventions.Count == 0 ? IntimacyCatalog.Default : WithAppInterventions(IntimacyCatalog.Default, _interventions);
        return new RecommendationEngine(options, catalog, _ruleTypes, _ruleAssemblies, _ruleDefinitions, _crisis ?? crisis ?? new LocalEmergencyNumberProvider(), _excludedRules, appRuleActivator);
    }

    // Checked here, where the caller made the mistake: a null found later, while the rules load, is
    // reported without a name.
    private static T[] WithoutNulls<T>(IEnumerable<T> items, [CallerArgumentExpression(nameof(items))] string? parameterName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, parameterName);
        var copy = items.ToArray();
        var index = Array.IndexOf(copy, null);
        return index < 0 ? copy : throw new ArgumentException($"The element at index {index} is null.", parameterName);
    }

    // An app's intervention usually cites its own material, which the built-in catalog cannot know;
    // those sources join the catalog first so that every citation still resolves.
    private static IntimacyCatalog WithAppInterventions(IntimacyCatalog catalog, IReadOnlyList<Intervention> interventions)
    {
        var newSources = interventions
            .SelectMany(i => i.Sources)
            .Select(r => r.Source)
            .Where(s => !catalog.TryGetSource(s.Id, out _))
            .DistinctBy(s => s.Id)
            .ToList();
        var withSources = newSources.Count == 0 ? catalog : catalog.WithSources(newSources);
        return withSources.WithInterventions(interventions);
    }
}
