using System.Linq.Expressions;

namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>Builds a <see cref="BindingElement"/>.</summary>
public sealed class BindingBuilder
{
    private readonly Type _resultType;
    private LambdaExpression? _expression;

    internal BindingBuilder(Type resultType)
    {
        _resultType = resultType;
    }

    /// <summary>Sets the computing lambda; its parameters name the declarations it reads.</summary>
    /// <param name="expression">The lambda.</param>
    public void BindingExpression(LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        _expression = expression;
    }

    /// <summary>Builds the element.</summary>
    /// <returns>The binding.</returns>
    public BindingElement Build() =>
        new(_resultType, _expression ?? throw new InvalidOperationException("A binding needs an expression."));
}
