namespace Intimacy.Rules.Extensibility;

/// <summary>Supplies services to rule actions through <see cref="RuleModel.IContext.Resolve"/>.</summary>
public interface IDependencyResolver
{
    /// <summary>Resolves a service.</summary>
    /// <param name="context">The session and rule asking.</param>
    /// <param name="serviceType">The service type.</param>
    /// <returns>The service.</returns>
    object Resolve(IResolutionContext context, Type serviceType);
}
