using System.Linq.Expressions;

namespace Intimacy.Rules.RuleModel;

/// <summary>
/// One action of a rule: a lambda whose first parameter is the <see cref="IContext"/> and whose
/// other parameters name declarations.
/// </summary>
public sealed class ActionElement : RuleElement
{
    /// <summary>Creates the action.</summary>
    /// <param name="expression">The action lambda.</param>
    /// <param name="actionTrigger">Match events that run the action.</param>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    public ActionElement(LambdaExpression expression, ActionTrigger actionTrigger)
    {
        ArgumentNullException.ThrowIfNull(expression);
        Expression = expression;
        ActionTrigger = actionTrigger;
    }

    /// <summary>The action lambda.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>Match events that run the action.</summary>
    public ActionTrigger ActionTrigger { get; }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Action;

    /// <inheritdoc />
    public override string ToString() => Expression.ToString();
}
