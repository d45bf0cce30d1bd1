using System.Linq.Expressions;

namespace Intimacy.Rules.Fluent.Expressions;

/// <summary>One aggregation step of a query and the filters applied to its results.</summary>
internal sealed class QueryLayer
{
    public QueryLayer(string aggregator, Type inputType, Type resultType, IReadOnlyList<LambdaExpression> expressions)
    {
        Aggregator = aggregator;
        InputType = inputType;
        ResultType = resultType;
        Expressions = expressions;
    }

    public string Aggregator { get; }

    public Type InputType { get; }

    public Type ResultType { get; }

    public IReadOnlyList<LambdaExpression> Expressions { get; }

    public List<LambdaExpression> Filters { get; } = [];
}
