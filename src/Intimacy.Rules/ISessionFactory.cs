using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Extensibility;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules;

/// <summary>
/// Compiled rules, ready to create sessions. Immutable and safe to share across threads; creating a
/// session is cheap.
/// </summary>
public interface ISessionFactory
{
    /// <summary>Events of every session this factory creates.</summary>
    IEventProvider Events { get; }

    /// <summary>The resolver new sessions start with.</summary>
    IDependencyResolver DependencyResolver { get; set; }

    /// <summary>The compiled rules, in compilation order, with their metadata.</summary>
    IReadOnlyList<IRuleDefinition> Rules { get; }

    /// <summary>Creates a session with the default <see cref="SessionOptions"/>.</summary>
    /// <returns>A new, empty session.</returns>
    ISession CreateSession();

    /// <summary>Creates a session and runs an initialization action on it (for example, inserting reference facts).</summary>
    /// <param name="initializationAction">Runs on the new session before it is returned.</param>
    /// <returns>The new session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="initializationAction"/> is null.</exception>
    ISession CreateSession(Action<ISession> initializationAction);

    /// <summary>Creates a session with the given options.</summary>
    /// <param name="options">Explanations and loop-guard settings.</param>
    /// <returns>A new, empty session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    ISession CreateSession(SessionOptions options);
}
