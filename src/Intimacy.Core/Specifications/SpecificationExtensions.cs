namespace Intimacy.Core.Specifications;

/// <summary>LINQ-style helpers that filter sequences and queries by a <see cref="Specification{T}"/>.</summary>
public static class SpecificationExtensions
{
    /// <summary>Filters a sequence with the specification's cached compiled predicate.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The items to filter.</param>
    /// <param name="specification">The rule the items must meet.</param>
    /// <returns>The items that satisfy the specification, lazily and in order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<T> Where<T>(this IEnumerable<T> source, Specification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return specification.Evaluate(source);
    }

    /// <summary>Filters a query with the specification's expression, so the provider can translate it.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The query to filter.</param>
    /// <param name="specification">The rule the items must meet.</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IQueryable<T> Where<T>(this IQueryable<T> source, Specification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return specification.Evaluate(source);
    }
}
