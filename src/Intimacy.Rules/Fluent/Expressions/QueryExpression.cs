using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Fluent.Expressions;

/// <summary>A step of a query under construction; all steps share one builder.</summary>
/// <typeparam name="TSource">Type of the values at this step.</typeparam>
internal sealed class QueryExpression<TSource> : IQuery<TSource>
{
    public QueryExpression(IQueryBuilder builder)
    {
        Builder = builder;
    }

    public IQueryBuilder Builder { get; }
}
