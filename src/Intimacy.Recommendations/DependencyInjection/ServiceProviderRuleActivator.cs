using Intimacy.Rules.Fluent;
using Intimacy.Rules.Fluent.Dsl;
using Microsoft.Extensions.DependencyInjection;

namespace Intimacy.Recommendations;

/// <summary>
/// Creates app rule classes through the container, so a rule's public constructor can take services. A class
/// with no public constructor is created as outside dependency injection, through its parameterless one.
/// </summary>
/// <remarks>Rules are created once, when the engine is built, from the root provider: they should depend on singletons.</remarks>
internal sealed class ServiceProviderRuleActivator(IServiceProvider services) : RuleActivator
{
    public override IEnumerable<Rule> Activate(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.GetConstructors().Length == 0
            ? base.Activate(type)
            : [(Rule)ActivatorUtilities.CreateInstance(services, type)];
    }
}
