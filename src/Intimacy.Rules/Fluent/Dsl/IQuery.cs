namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>The start of a query; continue with <see cref="QueryExtensions.Match{TFact}"/>.</summary>
public interface IQuery
{
    /// <summary>The builder the query extensions write to.</summary>
    IQueryBuilder Builder { get; }
}
