using System.Linq.Expressions;

namespace Intimacy.Rules.RuleModel;

/// <summary>A pattern source that computes one value from earlier declarations (the DSL's <c>Let</c>).</summary>
public sealed class BindingElement : PatternSourceElement
{
    /// <summary>Creates the element.</summary>
    /// <param name="resultType">Type of the computed value.</param>
    /// <param name="expression">Lambda whose parameters name the declarations it reads.</param>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    public BindingElement(Type resultType, LambdaExpression expression)
        : base(resultType)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Expression = expression;
    }

    /// <summary>The computing lambda.</summary>
    public LambdaExpression Expression { get; }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Binding;
}
