using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Extensibility;

/// <summary>Who is asking a <see cref="IDependencyResolver"/> for a service.</summary>
public interface IResolutionContext
{
    /// <summary>The session.</summary>
    ISession Session { get; }

    /// <summary>The rule whose action is asking.</summary>
    IRuleDefinition Rule { get; }
}
