using System.Linq.Expressions;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.RuleModel.Builders;

namespace Intimacy.Rules.Fluent.Expressions;

/// <summary>Writes the DSL's actions into the rule model; <c>Yield</c> becomes linked-fact calls on the context.</summary>
internal sealed class RightHandSideExpression : IRightHandSideExpression
{
    private readonly ActionGroupBuilder _actions;
    private readonly DslContext _context;

    public RightHandSideExpression(ActionGroupBuilder actions, DslContext context)
    {
        _actions = actions;
        _context = context;
    }

    public IRightHandSideExpression Action(Expression<Action<IContext>> action, ActionTrigger actionTrigger)
    {
        ArgumentNullException.ThrowIfNull(action);
        _actions.Action(DslRewriter.Rewrite(_context.Symbols, action), actionTrigger);
        return this;
    }

    public IRightHandSideExpression Do(Expression<Action<IContext>> action) => Action(action, ActionTrigger.Activated | ActionTrigger.Reactivated);

    public IRightHandSideExpression Undo(Expression<Action<IContext>> action) => Action(action, ActionTrigger.Deactivated);

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yield)
        where TFact : notnull
    {
        ArgumentNullException.ThrowIfNull(yield);
        return AddYield(yield, null, null);
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yieldInsert, Expression<Func<IContext, TFact, TFact>> yieldUpdate)
        where TFact : notnull
    {
        ArgumentNullException.ThrowIfNull(yieldInsert);
        ArgumentNullException.ThrowIfNull(yieldUpdate);
        return AddYield(yieldInsert, yieldUpdate, null);
    }

    public IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> yieldInsert, Expression<Func<IContext, TFact, TFact>> yieldUpdate, Expression<Action<IContext, TFact>> yieldRemove)
        where TFact : notnull
    {
        ArgumentNullException.ThrowIfNull(yieldInsert);
        ArgumentNullException.ThrowIfNull(yieldUpdate);
        ArgumentNullException.ThrowIfNull(yieldRemove);
        return AddYield(yieldInsert, yieldUpdate, yieldRemove);
    }

    private RightHandSideExpression AddYield<TFact>(Expression<Func<IContext, TFact>> insert, Expression<Func<IContext, TFact, TFact>>? update, Expression<Action<IContext, TFact>>? remove)
    {
        var key = _context.NextYieldKey();
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var inserted = Replace(insert.Body, insert.Parameters[0], context);
        Func<Expression, Expression>? updated = update is null
            ? null
            : linked => Replace(Replace(update.Body, update.Parameters[0], context), update.Parameters[1], Expression.Convert(linked, typeof(TFact)));
        Action(Expression.Lambda<Action<IContext>>(YieldExpression.Upsert(context, key, inserted, updated), context), ActionTrigger.Activated | ActionTrigger.Reactivated);

        if (remove is not null)
        {
            var body = YieldExpression.OnRemove(context, key, linked =>
                Replace(Replace(remove.Body, remove.Parameters[0], context), remove.Parameters[1], Expression.Convert(linked, typeof(TFact))));
            Action(Expression.Lambda<Action<IContext>>(body, context), ActionTrigger.Deactivated);
        }

        return this;
    }

    private static Expression Replace(Expression body, ParameterExpression parameter, Expression replacement) =>
        new Compilation.ParameterReplacer(new Dictionary<ParameterExpression, Expression> { [parameter] = replacement }).Visit(body);
}
