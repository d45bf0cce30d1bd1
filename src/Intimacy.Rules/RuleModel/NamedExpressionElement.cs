using System.Linq.Expressions;

namespace Intimacy.Rules.RuleModel;

/// <summary>
/// A lambda expression with a role name. Its parameters name the declarations it reads; the
/// engine binds them by name.
/// </summary>
public sealed class NamedExpressionElement : RuleElement
{
    /// <summary>Creates the element.</summary>
    /// <param name="name">Role of the expression, such as <c>Condition</c> or <c>KeySelector</c>.</param>
    /// <param name="expression">The lambda.</param>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    public NamedExpressionElement(string name, LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(expression);
        Name = name;
        Expression = expression;
    }

    /// <summary>Role of the expression.</summary>
    public string Name { get; }

    /// <summary>The lambda.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>Names of the declarations the lambda reads.</summary>
    public IEnumerable<string> ImportNames => Expression.Parameters.Select(p => p.Name ?? string.Empty);

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.NamedExpression;

    /// <inheritdoc />
    public override string ToString() => Expression.ToString();
}
