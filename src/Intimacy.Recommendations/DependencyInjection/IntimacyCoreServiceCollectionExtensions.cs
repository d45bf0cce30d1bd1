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
    /// <remarks>
    /// Options come only from the delegates of <see cref="AddIntimacyCore(IServiceCollection, Action{RecommendationOptions})"/>;
    /// see there, also for binding them from configuration.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IntimacyCoreBuilder AddIntimacyCore(this IServiceCollection services) => services.AddIntimacyCore(_ => { });

    /// <summary>Registers the engine, compiled once on first use and shared (it is thread-safe).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the options; the only source of the registered engine's options.</param>
    /// <returns>A builder for app rules, interventions and crisis contacts.</returns>
    /// <remarks>
    /// <para>
    /// The registered engine's options are the defaults changed by the <paramref name="configure"/> delegates of every
    /// <c>AddIntimacyCore</c> call, in the order of the calls: calling this again adds to the same configuration, and
    /// the engine is registered once. The delegates run when the engine is first resolved; options are read then and
    /// not again.
    /// </para>
    /// <para>
    /// Nothing else is read: <c>services.Configure&lt;RecommendationOptions&gt;(...)</c>,
    /// <c>services.AddOptions&lt;RecommendationOptions&gt;().Bind(...)</c> and <c>IOptions&lt;RecommendationOptions&gt;</c>
    /// do not reach the engine, and resolving the engine with such a registration in the container throws an
    /// <see cref="InvalidOperationException"/> rather than ignore it (this library depends only on <c>Microsoft.Extensions.DependencyInjection.Abstractions</c>,
    /// not on the options system). To take options from configuration, bind inside the delegate (<c>Bind</c> comes from
    /// <c>Microsoft.Extensions.Configuration.Binder</c>, which ASP.NET Core and Generic Host apps already have):
    /// <code>services.AddIntimacyCore(o =&gt; configuration.GetSection("Intimacy:Recommendations").Bind(o));</code>
    /// </para>
    /// <para>
    /// An invalid value throws: a threshold outside its accepted range where it is set, with an
    /// <see cref="ArgumentOutOfRangeException"/> (bound in the delegate, as the engine is resolved, wrapped by the binder in a
    /// <see cref="System.Reflection.TargetInvocationException"/>); an unknown or safety tag in
    /// <see cref="RecommendationOptions.DisabledTags"/> when the engine is built (an unknown one with an
    /// <see cref="UnknownRuleTagException"/>). The engine is built when first resolved, not when the provider is built
    /// (<c>ValidateOnBuild</c> does not run its factory), and a failed build is tried again at each resolve: to fail at
    /// start, resolve <see cref="IRecommendationEngine"/> once right after building the host.
    /// </para>
    /// <para>
    /// Crisis contacts come from <see cref="IntimacyCoreBuilder.AddCrisisContacts(Crisis.ICrisisContactProvider)"/> or
    /// <see cref="IntimacyCoreBuilder.AddCrisisContacts{TProvider}"/> if called, otherwise from an
    /// <see cref="Crisis.ICrisisContactProvider"/> registered in the container, otherwise from
    /// <see cref="Crisis.LocalEmergencyNumberProvider"/>.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IntimacyCoreBuilder AddIntimacyCore(this IServiceCollection services, Action<RecommendationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        var builder = Register(services);
        builder.Engine.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Fails loudly where options meant for the engine would otherwise be ignored: a
    /// <c>Configure&lt;RecommendationOptions&gt;</c> or <c>AddOptions&lt;RecommendationOptions&gt;()</c> registration
    /// (found by name, so the library still needs only DI.Abstractions). A threshold an app believes it set must not
    /// silently keep its default.
    /// </summary>
    private static void ThrowIfConfiguredThroughTheOptionsSystem(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            var type = descriptor.ServiceType;
            if (type.IsGenericType && type.GenericTypeArguments is [var argument] && argument == typeof(RecommendationOptions)
                && type.Namespace == "Microsoft.Extensions.Options")
            {
                throw new InvalidOperationException(
                    "RecommendationOptions are registered with the options system (by services.Configure<RecommendationOptions>(...), "
                    + $"AddOptions<RecommendationOptions>() or a binding of them; found {type.Name.Split('`')[0]}), which Intimacy.Core does not read: "
                    + "set them in services.AddIntimacyCore(o => ...), binding configuration there if needed (o => configuration.GetSection(\"...\").Bind(o)).");
            }
        }
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
        services.TryAddSingleton(sp =>
        {
            ThrowIfConfiguredThroughTheOptionsSystem(services);
            return sp.GetRequiredService<IntimacyCoreBuilder>().Build(sp);
        });
        services.TryAddSingleton<IRecommendationEngine>(sp => sp.GetRequiredService<RecommendationEngine>());
        services.TryAddSingleton<IntimacyCatalog>(sp => sp.GetRequiredService<IRecommendationEngine>().Catalog);
        return builder;
    }
}
