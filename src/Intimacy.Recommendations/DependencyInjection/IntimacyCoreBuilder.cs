using System.Reflection;
using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Engine;
using Intimacy.Rules.RuleModel;
using Intimacy.Recommendations.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intimacy.Recommendations;

/// <summary>
/// Returned by <see cref="IntimacyCoreServiceCollectionExtensions.AddIntimacyCore(IServiceCollection)"/> for
/// follow-up configuration: app rules, app interventions and crisis contacts.
/// </summary>
public sealed class IntimacyCoreBuilder
{
    internal IntimacyCoreBuilder(IServiceCollection services, RecommendationEngineBuilder engine)
    {
        Services = services;
        Engine = engine;
    }

    /// <summary>The service collection, for further registrations.</summary>
    public IServiceCollection Services { get; }

    internal RecommendationEngineBuilder Engine { get; }

    /// <summary>Builds the registered engine from the container's options.</summary>
    internal RecommendationEngine Build(IServiceProvider services) =>
        Engine.BuildFrom(services.GetRequiredService<IOptions<RecommendationOptions>>().Value);

    /// <summary>Adds app rule classes next to the built-in ones.</summary>
    /// <param name="ruleTypes">Classes deriving from <c>Intimacy.Rules.Fluent.Dsl.Rule</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public IntimacyCoreBuilder AddRules(params Type[] ruleTypes)
    {
        Engine.AddRules(ruleTypes);
        return this;
    }

    /// <summary>Adds every rule class in an assembly.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>This builder.</returns>
    public IntimacyCoreBuilder AddRules(Assembly assembly)
    {
        Engine.AddRules(assembly);
        return this;
    }

    /// <summary>Adds rules built at run time.</summary>
    /// <param name="rules">The rule definitions.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public IntimacyCoreBuilder AddRules(IEnumerable<IRuleDefinition> rules)
    {
        Engine.AddRules(rules);
        return this;
    }

    /// <summary>Adds app interventions that rules may recommend.</summary>
    /// <param name="interventions">The interventions; sources they cite that the catalog lacks are added with them.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public IntimacyCoreBuilder AddInterventions(params IEnumerable<Intervention> interventions)
    {
        Engine.AddInterventions(interventions);
        return this;
    }

    /// <summary>Uses a provider of region-specific crisis contacts instead of the default.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>This builder.</returns>
    public IntimacyCoreBuilder AddCrisisContacts(ICrisisContactProvider provider)
    {
        Engine.UseCrisisContacts(provider);
        return this;
    }
}
