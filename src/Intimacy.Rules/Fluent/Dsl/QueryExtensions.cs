using System.Linq.Expressions;

namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>The query operators available inside <see cref="ILeftHandSideExpression.Query{TResult}"/>.</summary>
public static class QueryExtensions
{
    /// <summary>Starts a query from facts that satisfy conditions.</summary>
    /// <typeparam name="TFact">Fact type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="conditions">Conditions; they may read earlier aliases.</param>
    /// <returns>The query.</returns>
    public static IQuery<TFact> Match<TFact>(this IQuery query, params Expression<Func<TFact, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Builder.FactQuery(conditions);
        return new Expressions.QueryExpression<TFact>(query.Builder);
    }

    /// <summary>Keeps the values that satisfy all predicates.</summary>
    /// <typeparam name="TSource">Value type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="predicates">Predicates.</param>
    /// <returns>The query.</returns>
    public static IQuery<TSource> Where<TSource>(this IQuery<TSource> source, params Expression<Func<TSource, bool>>[] predicates)
    {
        ArgumentNullException.ThrowIfNull(source);
        source.Builder.Where(predicates);
        return new Expressions.QueryExpression<TSource>(source.Builder);
    }

    /// <summary>Maps each value.</summary>
    /// <typeparam name="TSource">Value type.</typeparam>
    /// <typeparam name="TResult">Result type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="selector">The mapping.</param>
    /// <returns>The query.</returns>
    public static IQuery<TResult> Select<TSource, TResult>(this IQuery<TSource> source, Expression<Func<TSource, TResult>> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        source.Builder.Select(selector);
        return new Expressions.QueryExpression<TResult>(source.Builder);
    }

    /// <summary>Maps each value to many and flattens.</summary>
    /// <typeparam name="TSource">Value type.</typeparam>
    /// <typeparam name="TResult">Result type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="selector">The mapping.</param>
    /// <returns>The query.</returns>
    public static IQuery<TResult> SelectMany<TSource, TResult>(this IQuery<TSource> source, Expression<Func<TSource, IEnumerable<TResult>>> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        source.Builder.SelectMany(selector);
        return new Expressions.QueryExpression<TResult>(source.Builder);
    }

    /// <summary>Groups the values by key; one result per non-empty group.</summary>
    /// <typeparam name="TSource">Value type.</typeparam>
    /// <typeparam name="TKey">Key type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="keySelector">The key.</param>
    /// <returns>The query.</returns>
    public static IQuery<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IQuery<TSource> source, Expression<Func<TSource, TKey>> keySelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        Expression<Func<TSource, TSource>> identity = x => x;
        source.Builder.GroupBy(keySelector, identity);
        return new Expressions.QueryExpression<IGrouping<TKey, TSource>>(source.Builder);
    }

    /// <summary>Groups projected values by key; one result per non-empty group.</summary>
    /// <typeparam name="TSource">Value type.</typeparam>
    /// <typeparam name="TKey">Key type.</typeparam>
    /// <typeparam name="TElement">Grouped element type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="keySelector">The key.</param>
    /// <param name="elementSelector">The grouped element.</param>
    /// <returns>The query.</returns>
    public static IQuery<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IQuery<TSource> source,
        Expression<Func<TSource, TKey>> keySelector, Expression<Func<TSource, TElement>> elementSelector)
    {
        ArgumentNullException.ThrowIfNull(source);
        source.Builder.GroupBy(keySelector, elementSelector);
        return new Expressions.QueryExpression<IGrouping<TKey, TElement>>(source.Builder);
    }

    /// <summary>Collects all values into one collection per match, empty when there is none.</summary>
    /// <typeparam name="TSource">Value type.</typeparam>
    /// <param name="source">The query.</param>
    /// <returns>The query.</returns>
    public static IQuery<IEnumerable<TSource>> Collect<TSource>(this IQuery<TSource> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        source.Builder.Collect<TSource>();
        return new Expressions.QueryExpression<IEnumerable<TSource>>(source.Builder);
    }
}
