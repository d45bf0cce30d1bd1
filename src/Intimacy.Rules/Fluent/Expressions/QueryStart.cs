using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Fluent.Expressions;

/// <summary>The empty query handed to the query lambda.</summary>
internal sealed class QueryStart : IQuery
{
    public QueryStart(IQueryBuilder builder)
    {
        Builder = builder;
    }

    public IQueryBuilder Builder { get; }
}
