using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Intimacy.Core.Catalog;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Engine;
using Intimacy.Rules.Fluent;
using Intimacy.Rules.RuleModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intimacy.Recommendations;

/// <summary>
/// Returned by <see cref="IntimacyCoreServiceCollectionExtensions.AddIntimacyCore(IServiceCollection)"/> for
/// follow-up configuration: app rules, app interventions and crisis contacts.
/// </summary>
/// <remarks>
/// The registered engine's <see cref="Options.RecommendationOptions"/> come only from the delegates passed to
/// <c>AddIntimacyCore</c>; <c>services.Configure&lt;RecommendationOptions&gt;(...)</c> and
/// <c>IOptions&lt;RecommendationOptions&gt;</c> are not read. To bind configuration, bind inside the delegate:
/// <c>services.AddIntimacyCore(o =&gt; configuration.GetSection("Intimacy:Recommendations").Bind(o));</c>
/// </remarks>
public sealed class IntimacyCoreBuilder
{
    internal IntimacyCoreBuilder(IServiceCollection services, RecommendationEngineBuilder engine)
    {
        Services = services;
        Engine = engine;
    }

    /// <summary>The service collection, for further registrations.</summary>
    public IServiceCollection Services { get; }

    // Set by AddCrisisContacts; null leaves the choice to the container's registration, then to the default.
    private Func<IServiceProvider, ICrisisContactProvider>? _crisis;

    // The class AddCrisisContacts<TProvider> registered; null for an instance, or when no call chose a provider.
    private Type? _crisisType;

    // Threads building an engine now, with what each is creating. An app rule or crisis contact provider that takes the
    // engine (or the catalog, which comes from it) asks for it again on the building thread; the container cannot see
    // that cycle through the engine's factory and would run the factory again, and again, until the stack ran out.
    private readonly Dictionary<int, string> _building = [];

    private const string AppRule = "an app rule";

    internal RecommendationEngineBuilder Engine { get; }

    /// <summary>
    /// Builds the registered engine: options from the <c>AddIntimacyCore</c> delegates only, crisis contacts and app rule
    /// classes through the container.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The engine is asked for while it is being built, or the crisis contact provider is scoped or takes a scoped service.
    /// </exception>
    internal RecommendationEngine Build(IServiceProvider services)
    {
        // An instance given to AddCrisisContacts is the app's own; a provider the container makes is checked like a rule.
        var containerMadeCrisis = _crisis is null || _crisisType is not null;
        var thread = Environment.CurrentManagedThreadId;
        Begin(thread, !containerMadeCrisis ? AppRule
            : _crisisType is null ? $"the {nameof(ICrisisContactProvider)} registered in the container"
            : $"the crisis contact provider {_crisisType.Name}");
        try
        {
            var activator = new ServiceProviderRuleActivator(services, Services);
            if (containerMadeCrisis)
            {
                activator.ThrowIfScoped(_crisisType ?? typeof(ICrisisContactProvider), "crisis contact provider");
            }

            var crisis = _crisis is null ? services.GetService<ICrisisContactProvider>() : _crisis(services);
            lock (_building)
            {
                _building[thread] = AppRule;
            }

            return Engine.BuildFrom(crisis, activator);
        }
        finally
        {
            lock (_building)
            {
                _building.Remove(thread);
            }
        }
    }

    /// <summary>Notes that this thread builds an engine, creating <paramref name="creating"/> first; refuses a second build on it (a cycle).</summary>
    private void Begin(int thread, string creating)
    {
        lock (_building)
        {
            if (_building.TryGetValue(thread, out var was))
            {
                throw new InvalidOperationException(
                    $"{nameof(IRecommendationEngine)} was asked for while the engine was being built, in creating {was}, directly or through another service. "
                    + $"App rules and the crisis contact provider are created to build the engine, so they cannot take {nameof(IRecommendationEngine)}, "
                    + $"{nameof(RecommendationEngine)} or {nameof(IntimacyCatalog)}.");
            }

            _building[thread] = creating;
        }
    }

    /// <summary>
    /// Registers the rule classes the scanner found that have a public constructor as singletons (unless the app
    /// registered them), so the container's own checks see their dependencies: <c>ValidateOnBuild</c> reports a missing
    /// service when the provider is built, and <c>ValidateScopes</c> a scoped one. Rules are created once, when the
    /// engine is built.
    /// </summary>
    private void RegisterRuleClasses(RuleTypeScanner scanner)
    {
        foreach (var type in scanner.GetRuleTypes())
        {
            if (type.GetConstructors().Length > 0)
            {
                Services.TryAddSingleton(type);
            }
        }
    }

    /// <summary>
    /// Adds app rule classes next to the built-in ones. The container creates them, so a public constructor may take
    /// services; they are created once, from the root provider, when the engine is first resolved, and live as long
    /// as the engine. Each class with a public constructor is registered as a singleton (unless the app registered it),
    /// so <c>ValidateOnBuild</c> and <c>ValidateScopes</c> check its dependencies. A rule whose constructor takes a
    /// service registered as scoped is refused when the engine is built, even without scope validation: it would keep
    /// one scope's instance for the life of the app. (Only the constructor's own parameters are checked that way.)
    /// A rule that takes the engine (<see cref="IRecommendationEngine"/>, <see cref="RecommendationEngine"/>, or
    /// <see cref="Intimacy.Core.Catalog.IntimacyCatalog"/>, which comes from it), directly or through another service,
    /// is refused as a cycle when the engine is built.
    /// </summary>
    /// <param name="ruleTypes">Classes deriving from <c>Intimacy.Rules.Fluent.Dsl.Rule</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An element is null or is not a rule class.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleTypes"/> is null.</exception>
    public IntimacyCoreBuilder AddRules(params Type[] ruleTypes)
    {
        Engine.AddRules(ruleTypes);
        RegisterRuleClasses(new RuleTypeScanner().Types(ruleTypes));
        return this;
    }

    /// <summary>Adds every public, non-nested rule class in an assembly, created by the container as with <see cref="AddRules(Type[])"/>.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assembly"/> is null.</exception>
    [RequiresUnreferencedCode("Finds rule classes by listing the assembly's types: a trimmed or native AOT app removes the rule classes nothing else references, and then runs without them, without an error. Add the rule classes by type instead, or keep them with an ILLink descriptor.")]
    public IntimacyCoreBuilder AddRules(Assembly assembly)
    {
        Engine.AddRules(assembly);
        RegisterRuleClasses(new RuleTypeScanner().Assembly(assembly));
        return this;
    }

    /// <summary>Adds rules built at run time.</summary>
    /// <param name="rules">The rule definitions.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public IntimacyCoreBuilder AddRules(IEnumerable<IRuleDefinition> rules)
    {
        Engine.AddRules(rules);
        return this;
    }

    /// <summary>Adds app interventions that rules may recommend.</summary>
    /// <param name="interventions">The interventions; sources they cite that the catalog lacks are added with them.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="interventions"/> is null.</exception>
    public IntimacyCoreBuilder AddInterventions(params IEnumerable<Intervention> interventions)
    {
        Engine.AddInterventions(interventions);
        return this;
    }

    /// <summary>Uses this provider of region-specific crisis contacts.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The engine's crisis contacts come from the last <c>AddCrisisContacts</c> call on this builder; without one, from
    /// the <see cref="ICrisisContactProvider"/> registered in the container, if any; otherwise from
    /// <see cref="LocalEmergencyNumberProvider"/>. A call here therefore wins over a container registration.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public IntimacyCoreBuilder AddCrisisContacts(ICrisisContactProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _crisis = _ => provider;
        _crisisType = null;
        return this;
    }

    /// <summary>
    /// Uses a provider of region-specific crisis contacts created by the container, so that it can take services
    /// (a regional directory, say) in its constructor. <typeparamref name="TProvider"/> is registered as a singleton
    /// unless the app registered it already.
    /// </summary>
    /// <typeparam name="TProvider">The provider class.</typeparam>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// Resolved once, from the root provider, when the engine is first resolved, and kept by the engine: as with app
    /// rules, a provider registered as scoped, or whose constructor takes a scoped service, is refused then, as is one
    /// that takes the engine or the catalog. The same holds for an <see cref="ICrisisContactProvider"/> registered in
    /// the container. Which provider wins is described at <see cref="AddCrisisContacts(ICrisisContactProvider)"/>.
    /// </remarks>
    public IntimacyCoreBuilder AddCrisisContacts<TProvider>()
        where TProvider : class, ICrisisContactProvider
    {
        Services.TryAddSingleton<TProvider>();
        _crisis = sp => sp.GetRequiredService<TProvider>();
        _crisisType = typeof(TProvider);
        return this;
    }
}
