using Intimacy.Core.Catalog;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intimacy.Recommendations;

/// <summary>Registers Intimacy.Core's recommendation engine with dependency injection.</summary>
public static class IntimacyCoreServiceCollectionExtensions
{
    /// <summary>Registers the engine with the options the container holds (defaults unless configured elsewhere).</summary>
    /// <param name="services">The services.</param>
    /// <returns>A builder for app rules, interventions and crisis contacts.</returns>
    /// <remarks>See <see cref="AddIntimacyCore(IServiceCollection, Action{RecommendationOptions})"/>.</remarks>
    public static IntimacyCoreBuilder AddIntimacyCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Register(services);
    }

    /// <summary>Registers the engine, compiled once on first use and shared (it is thread-safe).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the options; applied through the options system, like <c>services.Configure&lt;RecommendationOptions&gt;</c>.</param>
    /// <returns>A builder for app rules, interventions and crisis contacts.</returns>
    /// <remarks>
    /// The engine is built from <c>IOptions&lt;RecommendationOptions&gt;.Value</c> when it is first resolved, so every
    /// configuration of <see cref="RecommendationOptions"/> applies in the order it was registered: this delegate,
    /// <c>services.Configure&lt;RecommendationOptions&gt;(...)</c> and
    /// <c>services.AddOptions&lt;RecommendationOptions&gt;().Bind(configuration.GetSection(...))</c>. Options are read
    /// once; a later change of configuration does not reach the built engine. An invalid value (an unknown or safety
    /// tag, a threshold out of range) throws when the engine is resolved, if not already when it was set.
    /// Crisis contacts come from <see cref="IntimacyCoreBuilder.AddCrisisContacts(Crisis.ICrisisContactProvider)"/> or
    /// <see cref="IntimacyCoreBuilder.AddCrisisContacts{TProvider}"/> if called, otherwise from an
    /// <see cref="Crisis.ICrisisContactProvider"/> registered in the container, otherwise from
    /// <see cref="Crisis.LocalEmergencyNumberProvider"/>.
    /// Calling this again adds to the same configuration; the engine is registered once.
    /// </remarks>
    public static IntimacyCoreBuilder AddIntimacyCore(this IServiceCollection services, Action<RecommendationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        var builder = Register(services);
        services.Configure(configure);
        return builder;
    }

    private static IntimacyCoreBuilder Register(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(IntimacyCoreBuilder))?.ImplementationInstance as IntimacyCoreBuilder;
        if (existing is not null)
        {
            return existing;
        }

        var builder = new IntimacyCoreBuilder(services, new RecommendationEngineBuilder());
        services.AddSingleton(builder);
        services.AddOptions();
        services.TryAddSingleton(sp => sp.GetRequiredService<IntimacyCoreBuilder>().Build(sp));
        services.TryAddSingleton<IRecommendationEngine>(sp => sp.GetRequiredService<RecommendationEngine>());
        services.TryAddSingleton<IntimacyCatalog>(sp => sp.GetRequiredService<IRecommendationEngine>().Catalog);
        return builder;
    }
}
