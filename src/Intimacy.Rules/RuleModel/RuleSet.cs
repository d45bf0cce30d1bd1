namespace Intimacy.Rules.RuleModel;

/// <summary>A named, ordered set of rule definitions.</summary>
public class RuleSet : IRuleSet
{
    private readonly List<IRuleDefinition> _rules = [];

    /// <summary>Creates an empty set.</summary>
    /// <param name="name">Name of the set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public RuleSet(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IEnumerable<IRuleDefinition> Rules => _rules;

    /// <inheritdoc />
    public void Add(IEnumerable<IRuleDefinition> ruleDefinitions)
    {
        ArgumentNullException.ThrowIfNull(ruleDefinitions);
        _rules.AddRange(ruleDefinitions);
    }
}
