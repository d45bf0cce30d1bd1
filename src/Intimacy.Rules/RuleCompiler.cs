using Intimacy.Rules.Compilation;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules;

/// <summary>Compiles rule definitions into a session factory.</summary>
public sealed class RuleCompiler
{
    /// <summary>
    /// Comparers that identify facts of given types in working memory instead of the facts' own equality; a
    /// factory keeps those registered when it is compiled (see <see cref="Rules.FactIdentityComparerRegistry"/>).
    /// </summary>
    public FactIdentityComparerRegistry FactIdentityComparerRegistry { get; } = new();

    /// <summary>Compiles rules, in the given order (the order breaks agenda ties).</summary>
    /// <param name="ruleDefinitions">The rules.</param>
    /// <returns>The session factory.</returns>
    /// <exception cref="RuleCompilationException">A rule is invalid, for example it reads an undeclared alias.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleDefinitions"/> is null.</exception>
    public ISessionFactory Compile(IEnumerable<IRuleDefinition> ruleDefinitions)
    {
        ArgumentNullException.ThrowIfNull(ruleDefinitions);
        return new NetworkBuilder().Build(ruleDefinitions, FactIdentityComparerRegistry.Snapshot());
    }

    /// <summary>Compiles every rule of the rule sets.</summary>
    /// <param name="ruleSets">The rule sets.</param>
    /// <returns>The session factory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSets"/> is null.</exception>
    public ISessionFactory Compile(IEnumerable<IRuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        return Compile(ruleSets.SelectMany(set => set.Rules));
    }
}
