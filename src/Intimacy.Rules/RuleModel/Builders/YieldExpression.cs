using System.Linq.Expressions;
using System.Reflection;

namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>
/// Builds the body of a yield action:
/// <c>var linked = ctx.GetLinked(key); if (linked == null) ctx.InsertLinked(key, insert); else ctx.UpdateLinked(key, update(linked));</c>.
/// </summary>
internal static class YieldExpression
{
    private static readonly MethodInfo GetLinkedMethod = typeof(IContext).GetMethod(nameof(IContext.GetLinked))!;
    private static readonly MethodInfo InsertLinkedMethod = typeof(IContext).GetMethod(nameof(IContext.InsertLinked))!;
    private static readonly MethodInfo UpdateLinkedMethod = typeof(IContext).GetMethod(nameof(IContext.UpdateLinked))!;

    public static Expression Upsert(ParameterExpression context, string key, Expression insert, Func<Expression, Expression>? update)
    {
        var keyConstant = Expression.Constant(key, typeof(object));
        var linked = Expression.Variable(typeof(object), "linked");
        var updated = update is null ? insert : update(linked);
        return Expression.Block(
            [linked],
            Expression.Assign(linked, Expression.Call(context, GetLinkedMethod, keyConstant)),
            Expression.IfThenElse(
                Expression.Equal(linked, Expression.Constant(null)),
                Expression.Call(context, InsertLinkedMethod, keyConstant, Expression.Convert(insert, typeof(object))),
                Expression.Call(context, UpdateLinkedMethod, keyConstant, Expression.Convert(updated, typeof(object)))));
    }

    public static Expression OnRemove(ParameterExpression context, string key, Func<Expression, Expression> remove)
    {
        var keyConstant = Expression.Constant(key, typeof(object));
        var linked = Expression.Variable(typeof(object), "linked");
        return Expression.Block(
            [linked],
            Expression.Assign(linked, Expression.Call(context, GetLinkedMethod, keyConstant)),
            Expression.IfThen(Expression.NotEqual(linked, Expression.Constant(null)), remove(linked)));
    }
}
