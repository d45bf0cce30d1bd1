using System.Linq.Expressions;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Fluent.Expressions;

/// <summary>
/// Turns DSL lambdas into rule-model lambdas: reads of captured alias variables become parameters
/// named after their declarations, and the lambda's own parameter is renamed to its declaration.
/// </summary>
internal sealed class DslRewriter : ExpressionVisitor
{
    private readonly SymbolTable _symbols;
    private readonly Dictionary<string, ParameterExpression> _used = new(StringComparer.Ordinal);
    private readonly List<ParameterExpression> _order = [];
    private readonly Dictionary<ParameterExpression, ParameterExpression> _renamed = [];

    private readonly LambdaExpression _lambda;

    private DslRewriter(SymbolTable symbols, LambdaExpression lambda)
    {
        _symbols = symbols;
        _lambda = lambda;
    }

    /// <summary>Rewrites a lambda whose leading parameters are renamed to <paramref name="names"/>.</summary>
    public static LambdaExpression Rewrite(SymbolTable symbols, LambdaExpression lambda, params string[] names)
    {
        var rewriter = new DslRewriter(symbols, lambda);
        var leading = new List<ParameterExpression>();
        for (var i = 0; i < lambda.Parameters.Count; i++)
        {
            var original = lambda.Parameters[i];
            var renamed = i < names.Length ? Expression.Parameter(original.Type, names[i]) : original;
            rewriter._renamed[original] = renamed;
            leading.Add(renamed);
        }

        var body = rewriter.Visit(lambda.Body);
        return Expression.Lambda(body, [.. leading, .. rewriter._order]);
    }

    protected override Expression VisitParameter(ParameterExpression node) =>
        _renamed.TryGetValue(node, out var renamed) ? renamed : node;

    protected override Expression VisitMember(MemberExpression node)
    {
        var captured = SymbolTable.IsCapturedVariable(node);
        if (captured && _symbols.TryGet(node.Member, out var declaration))
        {
            if (!_used.TryGetValue(declaration.Name, out var parameter))
            {
                parameter = Expression.Parameter(declaration.Type, declaration.Name);
                _used.Add(declaration.Name, parameter);
                _order.Add(parameter);
            }

            return parameter.Type == node.Type ? parameter : Expression.Convert(parameter, node.Type);
        }

        if (captured && node.Expression is not null)
        {
            // A captured variable that is not an alias yet; if it becomes one later, this read is a mistake.
            _symbols.NoteCapturedRead(node.Member, _lambda);
        }

        return base.VisitMember(node);
    }
}
