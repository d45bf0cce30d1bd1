namespace Intimacy.Rules.Extensibility;

/// <summary>The default resolver: it resolves nothing and says so.</summary>
public sealed class DependencyResolver : IDependencyResolver
{
    /// <inheritdoc />
    public object Resolve(IResolutionContext context, Type serviceType) =>
        throw new InvalidOperationException(
            $"No dependency resolver is set on the session, so '{serviceType}' cannot be resolved. Set ISession.DependencyResolver or ISessionFactory.DependencyResolver.");
}
