using System.Linq.Expressions;

namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>Builds an <see cref="ActionGroupElement"/>.</summary>
public sealed class ActionGroupBuilder
{
    private readonly List<ActionElement> _actions = [];

    internal ActionGroupBuilder()
    {
    }

    /// <summary>Adds an action run when the match is created or re-activated by an update.</summary>
    /// <param name="expression">Lambda whose first parameter is <see cref="IContext"/>; the others name declarations.</param>
    public void Action(LambdaExpression expression) => Action(expression, ActionTrigger.Activated | ActionTrigger.Reactivated);

    /// <summary>Adds an action run on the given match events.</summary>
    /// <param name="expression">Lambda whose first parameter is <see cref="IContext"/>; the others name declarations.</param>
    /// <param name="actionTrigger">Events that run it.</param>
    public void Action(LambdaExpression expression, ActionTrigger actionTrigger)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (expression.Parameters.Count == 0 || expression.Parameters[0].Type != typeof(IContext))
        {
            throw new ArgumentException($"An action's first parameter must be IContext: {expression}", nameof(expression));
        }

        if (actionTrigger == ActionTrigger.None)
        {
            throw new ArgumentException("An action needs at least one trigger.", nameof(actionTrigger));
        }

        _actions.Add(new ActionElement(expression, actionTrigger));
    }

    /// <summary>Builds the element.</summary>
    /// <returns>The action group.</returns>
    public ActionGroupElement Build() => new(_actions);
}
