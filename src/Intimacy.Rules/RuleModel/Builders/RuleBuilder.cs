namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>
/// Builds a rule definition at run time, element by element. Lambdas given to the builders name
/// the declarations they read through their parameter names.
/// </summary>
public sealed class RuleBuilder
{
    private readonly DeclarationNames _names = new();
    private readonly List<string> _tags = [];
    private readonly List<RuleProperty> _properties = [];
    private readonly GroupBuilder _lhs;
    private readonly ActionGroupBuilder _rhs = new();
    private string? _name;
    private string _description = string.Empty;
    private int _priority;
    private RuleRepeatability _repeatability = RuleRepeatability.Repeatable;

    /// <summary>Creates an empty builder.</summary>
    public RuleBuilder()
    {
        _lhs = new GroupBuilder(GroupType.And, _names);
    }

    /// <summary>Sets the rule name.</summary>
    /// <param name="name">The name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public void Name(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
    }

    /// <summary>Sets the rule description.</summary>
    /// <param name="description">The description; <see langword="null"/> means none (an empty description).</param>
    public void Description(string? description) => _description = description ?? string.Empty;

    /// <summary>Adds tags.</summary>
    /// <param name="tags">The tags.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tags"/> is null.</exception>
    public void Tags(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var tag in tags)
        {
            if (!_tags.Contains(tag))
            {
                _tags.Add(tag);
            }
        }
    }

    /// <summary>Adds or replaces a custom property.</summary>
    /// <param name="name">Property name.</param>
    /// <param name="value">Property value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public void Property(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _properties.RemoveAll(p => p.Name == name);
        _properties.Add(new RuleProperty(name, value));
    }

    /// <summary>Sets the priority; higher fires first.</summary>
    /// <param name="priority">The priority.</param>
    public void Priority(int priority) => _priority = priority;

    /// <summary>Sets the repeatability.</summary>
    /// <param name="repeatability">The repeatability.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="repeatability"/> is not one of the named values.</exception>
    public void Repeatability(RuleRepeatability repeatability) => _repeatability = Enum.IsDefined(repeatability)
        ? repeatability
        : throw new ArgumentOutOfRangeException(nameof(repeatability), repeatability, "The repeatability must be one of the named RuleRepeatability values.");

    /// <summary>The builder of the rule's conditions (an AND group).</summary>
    /// <returns>The group builder.</returns>
    public GroupBuilder LeftHandSide() => _lhs;

    /// <summary>The builder of the rule's actions.</summary>
    /// <returns>The action group builder.</returns>
    public ActionGroupBuilder RightHandSide() => _rhs;

    /// <summary>Builds the definition.</summary>
    /// <returns>The rule definition.</returns>
    /// <exception cref="InvalidOperationException">
    /// No name was set, or no action runs when the rule matches (none has <see cref="ActionTrigger.Activated"/>), which
    /// NRules refuses too.
    /// </exception>
    public IRuleDefinition Build()
    {
        var name = _name ?? throw new InvalidOperationException("A rule needs a name.");
        var actions = _rhs.Build();
        if (!actions.Actions.Any(action => action.ActionTrigger.HasFlag(ActionTrigger.Activated)))
        {
            throw new InvalidOperationException(
                $"Rule '{name}' has no action that runs when it matches: give it a Do, a Yield or an Action with ActionTrigger.Activated.");
        }

        return new RuleDefinition(name, _description, _priority, _repeatability, _tags, _properties, _lhs.Build(), actions);
    }
}
