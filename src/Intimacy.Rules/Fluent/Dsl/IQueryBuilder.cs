using System.Linq.Expressions;

namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>Records the steps of a query. Used by <see cref="QueryExtensions"/>; rules need not call it.</summary>
public interface IQueryBuilder
{
    /// <summary>Starts from facts of a type that satisfy conditions.</summary>
    /// <typeparam name="TSource">Fact type.</typeparam>
    /// <param name="conditions">Conditions.</param>
    void FactQuery<TSource>(Expression<Func<TSource, bool>>[] conditions);

    /// <summary>Filters the current values.</summary>
    /// <param name="predicates">Filters.</param>
    void Where(LambdaExpression[] predicates);

    /// <summary>Maps each value.</summary>
    /// <param name="selector">The mapping.</param>
    void Select(LambdaExpression selector);

    /// <summary>Maps each value to many.</summary>
    /// <param name="selector">The mapping.</param>
    void SelectMany(LambdaExpression selector);

    /// <summary>Groups the values by key.</summary>
    /// <param name="keySelector">The key.</param>
    /// <param name="elementSelector">The grouped element.</param>
    void GroupBy(LambdaExpression keySelector, LambdaExpression elementSelector);

    /// <summary>Collects the values into one collection.</summary>
    /// <typeparam name="TSource">Value type.</typeparam>
    void Collect<TSource>();
}
