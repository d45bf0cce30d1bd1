namespace Intimacy.Rules.RuleModel;

/// <summary>Helpers over <see cref="IRuleRepository"/>.</summary>
public static class RuleRepositoryExtensions
{
    /// <summary>All rules of all rule sets, in order.</summary>
    /// <param name="repository">The repository.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="repository"/> is null.</exception>
    public static IEnumerable<IRuleDefinition> GetRules(this IRuleRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return repository.GetRuleSets().SelectMany(set => set.Rules);
    }
}
