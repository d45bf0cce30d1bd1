using System.Linq.Expressions;
using System.Reflection;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.RuleModel.Builders;

namespace Intimacy.Rules.Fluent.Expressions;

/// <summary>Writes the DSL's actions into the rule model; <c>Yield</c> becomes linked-fact calls on the context.</summary>
internal sealed class RightHandSideExpression : IRightHandSideExpression
{
    private static readonly MethodInfo GetLinkedMethod = typeof(IContext).GetMethod(nameof(IContext.GetLinked))!;
    private static readonly MethodInfo InsertLinkedMethod = typeof(IContext).GetMethod(nameof(IContext.InsertLinked))!;
    private static readonly MethodInfo UpdateLinkedMethod = typeof(IContext).GetMethod(nameof(IContext.UpdateLinked))!;

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
        // ctx => { var linked = ctx.GetLinked(key); if (linked == null) ctx.InsertLinked(key, insert(ctx)); else ctx.UpdateLinked(key, update(ctx, (TFact)linked)); }
        var key = Expression.Constant(_context.NextYieldKey(), typeof(object));
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var linked = Expression.Variable(typeof(object), "linked");
        var inserted = Replace(insert.Body, insert.Parameters[0], context);
        var updated = update is null
            ? inserted
            : Replace(Replace(update.Body, update.Parameters[0], context), update.Parameters[1], Expression.Convert(linked, typeof(TFact)));
        var body = Expression.Block(
            [linked],
            Expression.Assign(linked, Expression.Call(context, GetLinkedMethod, key)),
            Expression.IfThenElse(
                Expression.Equal(linked, Expression.Constant(null)),
                Expression.Call(context, InsertLinkedMethod, key, Expression.Convert(inserted, typeof(object))),
                Expression.Call(context, UpdateLinkedMethod, key, Expression.Convert(updated, typeof(object)))));
        Action(Expression.Lambda<Action<IContext>>(body, context), ActionTrigger.Activated | ActionTrigger.Reactivated);

        if (remove is not null)
        {
            var removeBody = Expression.Block(
                [linked],
                Expression.Assign(linked, Expression.Call(context, GetLinkedMethod, key)),
                Expression.IfThen(
                    Expression.NotEqual(linked, Expression.Constant(null)),
                    Replace(Replace(remove.Body, remove.Parameters[0], context), remove.Parameters[1], Expression.Convert(linked, typeof(TFact)))));
            Action(Expression.Lambda<Action<IContext>>(removeBody, context), ActionTrigger.Deactivated);
        }

        return this;
    }

    private static Expression Replace(Expression body, ParameterExpression parameter, Expression replacement) =>
        new Compilation.ParameterReplacer(new Dictionary<ParameterExpression, Expression> { [parameter] = replacement }).Visit(body);
}
