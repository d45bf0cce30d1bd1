using System.Linq.Expressions;

namespace Intimacy.Core.Specifications;

/// <summary>
/// Joins predicate expressions into one lambda over a single parameter. Rebinding the second
/// lambda's parameter, rather than invoking it, keeps the tree translatable by query providers.
/// </summary>
internal static class ExpressionCombiner
{
    public static Expression<Func<T, bool>> AndAlso<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
        => Join(left, right, Expression.AndAlso);

    public static Expression<Func<T, bool>> OrElse<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
        => Join(left, right, Expression.OrElse);

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> operand)
        => Expression.Lambda<Func<T, bool>>(Expression.Not(operand.Body), operand.Parameters);

    /// <summary>
    /// Rewrites <paramref name="predicate"/> (over <typeparamref name="TPart"/>) as a predicate over
    /// <typeparamref name="TWhole"/>, by putting <paramref name="selector"/>'s body where the parameter was.
    /// </summary>
    public static Expression<Func<TWhole, bool>> Compose<TWhole, TPart>(
        Expression<Func<TWhole, TPart>> selector,
        Expression<Func<TPart, bool>> predicate)
    {
        var body = ParameterReplacer.Replace(predicate.Body, predicate.Parameters[0], selector.Body);
        return Expression.Lambda<Func<TWhole, bool>>(body, selector.Parameters);
    }

    private static Expression<Func<T, bool>> Join<T>(
        Expression<Func<T, bool>> left,
        Expression<Func<T, bool>> right,
        Func<Expression, Expression, BinaryExpression> combine)
    {
        var parameter = left.Parameters[0];
        var rightBody = ParameterReplacer.Replace(right.Body, right.Parameters[0], parameter);
        return Expression.Lambda<Func<T, bool>>(combine(left.Body, rightBody), parameter);
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        public static Expression Replace(Expression body, ParameterExpression from, Expression to)
            => new ParameterReplacer(from, to).Visit(body);

        protected override Expression VisitParameter(ParameterExpression node)
            => node == from ? to : base.VisitParameter(node);
    }
}
