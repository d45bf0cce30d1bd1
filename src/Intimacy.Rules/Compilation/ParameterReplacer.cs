using System.Linq.Expressions;

namespace Intimacy.Rules.Compilation;

/// <summary>Replaces parameters by expressions throughout a tree.</summary>
internal sealed class ParameterReplacer : ExpressionVisitor
{
    private readonly IReadOnlyDictionary<ParameterExpression, Expression> _map;

    public ParameterReplacer(IReadOnlyDictionary<ParameterExpression, Expression> map)
    {
        _map = map;
    }

    protected override Expression VisitParameter(ParameterExpression node) =>
        _map.TryGetValue(node, out var replacement) ? replacement : node;
}
