namespace Intimacy.Rules.RuleModel;

/// <summary>A store of rule sets that can be compiled into a session factory.</summary>
public interface IRuleRepository
{
    /// <summary>The rule sets, in the order they were created.</summary>
    /// <returns>The rule sets.</returns>
    IEnumerable<IRuleSet> GetRuleSets();
}
