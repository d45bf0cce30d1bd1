namespace Intimacy.Rules.RuleModel;

/// <summary>A named set of rule definitions.</summary>
public interface IRuleSet
{
    /// <summary>Name of the set.</summary>
    string Name { get; }

    /// <summary>Rules in the set, in the order they were added.</summary>
    IEnumerable<IRuleDefinition> Rules { get; }

    /// <summary>Adds rules to the set.</summary>
    /// <param name="ruleDefinitions">The rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleDefinitions"/> is null.</exception>
    void Add(IEnumerable<IRuleDefinition> ruleDefinitions);
}
