using Intimacy.Rules.Fluent.Expressions;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.RuleModel.Builders;

namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>
/// Base class of rules written in the DSL: override <see cref="Define"/> and describe the conditions
/// with <see cref="When"/> and the actions with <see cref="Then"/>. Metadata comes from the
/// <see cref="NameAttribute"/>, <see cref="DescriptionAttribute"/>, <see cref="TagAttribute"/>,
/// <see cref="PriorityAttribute"/> and <see cref="RepeatabilityAttribute"/> attributes.
/// </summary>
public abstract class Rule
{
    private readonly Lazy<IRuleDefinition> _definition;
    private readonly RuleBuilder _builder = new();
    private readonly DslContext _context = new();
    private readonly LeftHandSideExpression _lhs;
    private readonly RightHandSideExpression _rhs;

    /// <summary>Creates the rule.</summary>
    protected Rule()
    {
        _lhs = new LeftHandSideExpression(_builder.LeftHandSide(), _context);
        _rhs = new RightHandSideExpression(_builder.RightHandSide(), _context);
        _definition = new Lazy<IRuleDefinition>(BuildDefinition);
    }

    /// <summary>Describes the rule; called once by the engine when the rule is loaded.</summary>
    public abstract void Define();

    internal IRuleDefinition GetDefinition() => _definition.Value;

    /// <summary>Sets the rule's name, overriding <see cref="NameAttribute"/>.</summary>
    /// <param name="value">The name.</param>
    /// <exception cref="ArgumentException">The name is null, empty or blank.</exception>
    protected void Name(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Name(…) in Define was given an empty or blank name; a rule's name needs text.", nameof(value));
        }

        _builder.Name(value);
    }

    /// <summary>Sets the rule's priority, overriding <see cref="PriorityAttribute"/>.</summary>
    /// <param name="value">The priority; higher fires first.</param>
    protected void Priority(int value) => _builder.Priority(value);

    /// <summary>The builder of the rule's conditions.</summary>
    /// <returns>The builder.</returns>
    protected ILeftHandSideExpression When() => _lhs;

    /// <summary>The builder of the rule's actions.</summary>
    /// <returns>The builder.</returns>
    protected IRightHandSideExpression Then() => _rhs;

    private IRuleDefinition BuildDefinition()
    {
        var metadata = new RuleMetadata(GetType());
        if (string.IsNullOrWhiteSpace(metadata.Name))
        {
            throw new InvalidOperationException(
                $"The rule's [Name] attribute gives an empty or blank name; give it a name, or remove the attribute to name the rule after its class ({GetType().FullName}).");
        }

        _builder.Name(metadata.Name);
        _builder.Description(metadata.Description);
        _builder.Tags(metadata.Tags);
        _builder.Property(RuleProperties.ClrType, GetType());
        if (metadata.Priority is { } priority)
        {
            _builder.Priority(priority);
        }

        if (metadata.Repeatability is { } repeatability)
        {
            _builder.Repeatability(repeatability);
        }

        Define();
        _context.Symbols.ThrowIfAliasReadBeforeDeclared();
        return _builder.Build();
    }
}
