using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace Intimacy.Recommendations;

/// <summary>
/// Creates app rule classes through the container, so a rule's public constructor can take services. A class
/// with no public constructor is created as outside dependency injection, through its parameterless one.
/// </summary>
/// <remarks>
/// Rules are created once, when the engine is built, from the root provider, and live as long as the engine: a rule
/// whose constructor takes a service registered as scoped is refused, whether or not the container validates scopes.
/// </remarks>
internal sealed class ServiceProviderRuleActivator(IServiceProvider services, IServiceCollection registrations) : RuleActivator
{
    public override IEnumerable<Rule> Activate(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.GetConstructors().Length == 0)
        {
            return base.Activate(type);
        }

        ThrowIfScoped(type);
        // AddRules registered every such class (or left the app's own registration in place).
        return [(Rule)services.GetRequiredService(type)];
    }

    /// <summary>Refuses a rule registered as scoped, or whose public constructors take a service registered as scoped.</summary>
    private void ThrowIfScoped(Type type)
    {
        if (LifetimeOf(type) == ServiceLifetime.Scoped)
        {
            throw new InvalidOperationException(
                $"The app rule {type.Name} is registered as a scoped service, but rules are created once and live as long as the engine (a singleton): register it as a singleton, or leave its registration to AddRules.");
        }

        foreach (var parameter in type.GetConstructors().SelectMany(c => c.GetParameters()))
        {
            if (LifetimeOf(parameter.ParameterType) == ServiceLifetime.Scoped)
            {
                throw new InvalidOperationException(
                    $"The app rule {type.Name} takes {parameter.ParameterType.Name}, a scoped service, but rules are created once and live as long as the engine (a singleton), "
                    + "so it would keep one scope's instance for good: take a singleton, or IServiceScopeFactory and create a scope where the service is needed.");
            }
        }
    }

    /// <summary>
    /// The lifetime of the last registration of a service type, or of its open generic type, if any (the container uses
    /// the last one; a closed registration before an open one is rare enough to leave aside).
    /// </summary>
    private ServiceLifetime? LifetimeOf(Type serviceType)
    {
        for (var i = registrations.Count - 1; i >= 0; i--)
        {
            if (registrations[i] is { IsKeyedService: false } descriptor
                && (descriptor.ServiceType == serviceType || (serviceType.IsConstructedGenericType && descriptor.ServiceType == serviceType.GetGenericTypeDefinition())))
            {
                return descriptor.Lifetime;
            }
        }

        return null;
    }
}
