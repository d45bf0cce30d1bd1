using Intimacy.Core.Catalog;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Intimacy.Recommendations;

/// <summary>Registers Intimacy.Core's recommendation engine with dependency injection.</summary>
public static class IntimacyCoreServiceCollectionExtensions
{
    /// <summary>Registers the engine with default options.</summary>
    /// <param name="services">The services.</param>
    /// <returns>A builder for app rules, interventions and crisis contacts.</returns>
    public static IntimacyCoreBuilder AddIntimacyCore(this IServiceCollection services) => services.AddIntimacyCore(_ => { });

    /// <summary>Registers the engine, compiled once on first use and shared (it is thread-safe).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>A builder for app rules, interventions and crisis contacts.</returns>
    /// <remarks>Calling it again adds to the same configuration; the engine is registered once.</remarks>
    public static IntimacyCoreBuilder AddIntimacyCore(this IServiceCollection services, Action<RecommendationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(IntimacyCoreBuilder))?.ImplementationInstance as IntimacyCoreBuilder;
        var builder = existing ?? new IntimacyCoreBuilder(services, new RecommendationEngineBuilder());
        builder.Engine.Configure(configure);
        if (existing is null)
        {
            services.AddSingleton(builder);
        }

        services.TryAddSingleton(sp => sp.GetRequiredService<IntimacyCoreBuilder>().Engine.Build());
        services.TryAddSingleton<IRecommendationEngine>(sp => sp.GetRequiredService<RecommendationEngine>());
        services.TryAddSingleton<IntimacyCatalog>(sp => sp.GetRequiredService<IRecommendationEngine>().Catalog);
        return builder;
    }
}
