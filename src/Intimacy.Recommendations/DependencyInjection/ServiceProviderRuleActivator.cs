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
/// whose constructor takes a service registered as scoped is refused, whether or not the container validates scopes
/// (as is a scoped crisis contact provider, through <see cref="ThrowIfScoped"/>).
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

        ThrowIfScoped(type, "app rule");
        // AddRules registered every such class (or left the app's own registration in place).
        return [(Rule)services.GetRequiredService(type)];
    }

    /// <summary>
    /// Refuses a service the engine keeps for good (an app rule, the crisis contact provider) when it is registered as
    /// scoped, or when the public constructors of its class take a service registered as scoped: resolved once from the
    /// root provider, it would keep one scope's instance for the life of the app.
    /// </summary>
    /// <param name="serviceType">The service the engine resolves.</param>
    /// <param name="role">What it is to the engine, for the message ("app rule", "crisis contact provider").</param>
    internal void ThrowIfScoped(Type serviceType, string role)
    {
        var registration = LastRegistration(serviceType);
        if (registration?.Lifetime == ServiceLifetime.Scoped)
        {
            throw new InvalidOperationException(
                $"The {role} {serviceType.Name} is registered as a scoped service, but the engine (a singleton) creates it once and keeps it for good: register it as a singleton"
                + (role == "app rule" ? ", or leave its registration to AddRules." : "."));
        }

        var implementation = registration?.ImplementationType ?? serviceType;
        foreach (var parameter in implementation.GetConstructors().SelectMany(c => c.GetParameters()))
        {
            if (LastRegistration(parameter.ParameterType)?.Lifetime == ServiceLifetime.Scoped)
            {
                throw new InvalidOperationException(
                    $"The {role} {implementation.Name} takes {parameter.ParameterType.Name}, a scoped service, but the engine (a singleton) creates it once and keeps it for good, "
                    + "so it would keep one scope's instance: take a singleton, or IServiceScopeFactory and create a scope where the service is needed.");
            }
        }
    }

    /// <summary>
    /// The last registration of a service type, or of its open generic type, if any (the container uses the last one;
    /// a closed registration before an open one is rare enough to leave aside).
    /// </summary>
    private ServiceDescriptor? LastRegistration(Type serviceType)
    {
        for (var i = registrations.Count - 1; i >= 0; i--)
        {
            if (registrations[i] is { IsKeyedService: false } descriptor
                && (descriptor.ServiceType == serviceType || (serviceType.IsConstructedGenericType && descriptor.ServiceType == serviceType.GetGenericTypeDefinition())))
            {
                return descriptor;
            }
        }

        return null;
    }
}
