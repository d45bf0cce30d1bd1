using System.Linq.Expressions;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>Builds a rule's actions. Actions read aliases through the captured local variables.</summary>
public interface IRightHandSideExpression
{
    /// <summary>Adds an action run on the given match events.</summary>
    /// <param name="action">The action.</param>
    /// <param name="actionTrigger">Events that run it.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Action(Expression<Action<IContext>> action, ActionTrigger actionTrigger);

    /// <summary>Adds an action run when the rule fires on a new match or on an update.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>Adds an action run when a match the rule fired on stops holding.</summary>
    /// <param name="action">The action.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Undo(Expression<Action<IContext>> action);

    /// <summary>
    /// Inserts a linked fact when the rule fires; on an update the fact is produced again and
    /// replaces the old one; it is retracted when the match stops holding.
    /// </summary>
    /// <typeparam name="TFact">Fact type.</typeparam>
    /// <param name="yield">Produces the fact.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yield)
        where TFact : notnull;

    /// <summary>Like <see cref="Yield{TFact}(Expression{Func{IContext, TFact}})"/>, with a separate expression for updates.</summary>
    /// <typeparam name="TFact">Fact type.</typeparam>
    /// <param name="yieldInsert">Produces the fact the first time.</param>
    /// <param name="yieldUpdate">Produces the updated fact from the current one.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yieldInsert, Expression<Func<IContext, TFact, TFact>> yieldUpdate)
        where TFact : notnull;

    /// <summary>Like the two-expression form, with an action run before the linked fact is retracted.</summary>
    /// <typeparam name="TFact">Fact type.</typeparam>
    /// <param name="yieldInsert">Produces the fact the first time.</param>
    /// <param name="yieldUpdate">Produces the updated fact from the current one.</param>
    /// <param name="yieldRemove">Runs when the match stops holding, before the fact goes.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yieldInsert, Expression<Func<IContext, TFact, TFact>> yieldUpdate, Expression<Action<IContext, TFact>> yieldRemove)
        where TFact : notnull;
}
