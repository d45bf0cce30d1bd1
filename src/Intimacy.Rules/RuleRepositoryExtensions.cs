using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules;

/// <summary>Compilation shortcut on rule repositories.</summary>
public static class RuleRepositoryExtensions
{
    /// <summary>Compiles every rule in the repository into a session factory.</summary>
    /// <param name="repository">The repository.</param>
    /// <returns>The session factory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="repository"/> is null.</exception>
    public static ISessionFactory Compile(this IRuleRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return new RuleCompiler().Compile(repository.GetRuleSets());
    }
}
