using System.Linq.Expressions;

namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>Builds a <see cref="PatternElement"/>.</summary>
public sealed class PatternBuilder : IElementBuilder
{
    private readonly List<NamedExpressionElement> _conditions = [];
    private readonly DeclarationNames _names;
    private AggregateBuilder? _aggregate;
    private BindingBuilder? _binding;

    internal PatternBuilder(Declaration declaration, DeclarationNames names)
    {
        Declaration = declaration;
        _names = names;
    }

    /// <summary>The declaration the pattern binds.</summary>
    public Declaration Declaration { get; }

    /// <summary>
    /// Adds a condition: a lambda returning <see cref="bool"/> whose parameters are named after the
    /// pattern's declaration and any earlier declarations it reads.
    /// </summary>
    /// <param name="expression">The condition.</param>
    public void Condition(LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (expression.ReturnType != typeof(bool))
        {
            throw new ArgumentException($"A condition must return bool: {expression}", nameof(expression));
        }

        _conditions.Add(new NamedExpressionElement("Condition", expression));
    }

    /// <summary>Makes the pattern's values come from an aggregation of another pattern.</summary>
    /// <returns>The aggregate builder.</returns>
    public AggregateBuilder Aggregate()
    {
        EnsureNoSource();
        _aggregate = new AggregateBuilder(Declaration.Type, _names);
        return _aggregate;
    }

    /// <summary>Makes the pattern's value a computed binding of earlier declarations.</summary>
    /// <returns>The binding builder.</returns>
    public BindingBuilder Binding()
    {
        EnsureNoSource();
        _binding = new BindingBuilder(Declaration.Type);
        return _binding;
    }

    /// <summary>Builds the element.</summary>
    /// <returns>The pattern.</returns>
    public PatternElement Build()
    {
        PatternSourceElement? source = _aggregate is not null ? _aggregate.Build() : _binding?.Build();
        return new PatternElement(Declaration, _conditions, source);
    }

    RuleLeftElement IElementBuilder.BuildElement() => Build();

    private void EnsureNoSource()
    {
        if (_aggregate is not null || _binding is not null)
        {
            throw new InvalidOperationException($"Pattern '{Declaration.Name}' already has a source.");
        }
    }
}
