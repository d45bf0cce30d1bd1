namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>A query producing values of <typeparamref name="TSource"/>.</summary>
/// <typeparam name="TSource">Type of the values so far.</typeparam>
public interface IQuery<out TSource>
{
    /// <summary>The builder the query extensions write to.</summary>
    IQueryBuilder Builder { get; }
}
