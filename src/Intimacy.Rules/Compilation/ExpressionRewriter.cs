using System.Linq.Expressions;
using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Compilation;

/// <summary>Rewrites rule lambdas, whose parameters name declarations, into delegates over tokens.</summary>
internal static class ExpressionRewriter
{
    public static CompiledExpression<Func<Token?, object?, bool>> Condition(LambdaExpression lambda, Func<ParameterExpression, ParameterBinding> bind)
    {
        var token = Expression.Parameter(typeof(Token), "token");
        var own = Expression.Parameter(typeof(object), "value");
        var (body, bindings) = Rewrite(lambda, token, own, bind);
        return new(lambda, bindings, Expression.Lambda<Func<Token?, object?, bool>>(body, token, own));
    }

    public static CompiledExpression<Func<Token?, object?, object?>> Value(LambdaExpression lambda, Func<ParameterExpression, ParameterBinding> bind)
    {
        var token = Expression.Parameter(typeof(Token), "token");
        var own = Expression.Parameter(typeof(object), "value");
        var (body, bindings) = Rewrite(lambda, token, own, bind);
        if (body.Type != typeof(object))
        {
            body = Expression.Convert(body, typeof(object));
        }

        return new(lambda, bindings, Expression.Lambda<Func<Token?, object?, object?>>(body, token, own));
    }

    public static CompiledExpression<Action<IContext, Token>> Action(LambdaExpression lambda, Func<ParameterExpression, ParameterBinding> bind)
    {
        var context = Expression.Parameter(typeof(IContext), "context");
        var token = Expression.Parameter(typeof(Token), "token");
        var map = new Dictionary<ParameterExpression, Expression> { [lambda.Parameters[0]] = context };
        var bindings = new ParameterBinding[lambda.Parameters.Count - 1];
        for (var i = 1; i < lambda.Parameters.Count; i++)
        {
            var parameter = lambda.Parameters[i];
            var binding = bind(parameter);
            bindings[i - 1] = binding;
            map[parameter] = binding.IsUnbound
                ? Expression.Default(parameter.Type)
                : TokenAccess.Read(token, binding.Up, parameter.Type);
        }

        var body = new ParameterReplacer(map).Visit(lambda.Body);
        return new(lambda, bindings, Expression.Lambda<Action<IContext, Token>>(body, context, token));
    }

    private static (Expression Body, ParameterBinding[] Bindings) Rewrite(LambdaExpression lambda, ParameterExpression token, ParameterExpression own, Func<ParameterExpression, ParameterBinding> bind)
    {
        var map = new Dictionary<ParameterExpression, Expression>();
        var bindings = new ParameterBinding[lambda.Parameters.Count];
        for (var i = 0; i < lambda.Parameters.Count; i++)
        {
            var parameter = lambda.Parameters[i];
            var binding = bind(parameter);
            bindings[i] = binding;
            map[parameter] = binding.IsOwn
                ? (parameter.Type == typeof(object) ? own : Expression.Convert(own, parameter.Type))
                : TokenAccess.Read(token, binding.Up, parameter.Type);
        }

        return (new ParameterReplacer(map).Visit(lambda.Body), bindings);
    }
}
